import type { z } from 'zod';
import { type changeMeetingInput, FIDELITY_ITEMS, type MeetingDto } from '../../../shared/contracts/groups.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { fieldError, problems } from '../../platform/errors.js';
import type { GroupCore } from './group-core.js';
import { checkInPrompt } from './groups.service.js';
import { type GroupView, groupViewFor, isMember, requireManager } from './groups.policy.js';
import { presentMeeting } from './groups.presenter.js';
import { meetingsRepo } from './meetings.repo.js';
import { LocalTimeError, localToInstant, MAX_MOVE_DAYS, type Meeting, meetingAt, pastMeetings, upcomingMeetings } from './schedule.js';

type MeetingChange = z.output<typeof changeMeetingInput>;
const DAY = 24 * 3600_000;

export function createMeetingsService(ctx: PlatformContext, core: GroupCore) {
  const { db, clock } = ctx;

  /** The meeting the rule gives at this start in a group the actor may see, or 404. */
  async function meetingFor(executor: DbExecutor, view: GroupView, occurrence: string): Promise<Meeting> {
    const meeting = meetingAt(view.group, await meetingsRepo.changes(executor, view.group.id), new Date(occurrence));
    if (!meeting) throw problems.notFound('meeting');
    return meeting;
  }

  /** Meetings as the viewer may see them: facilitators and staff also get answers, attendance and the check-in prompt. */
  async function present(executor: DbExecutor, actor: Actor, view: GroupView, meetings: Meeting[]): Promise<MeetingDto[]> {
    const keys = meetings.map((meeting) => meeting.occurrence.toISOString());
    const runs = view.facilitator !== null || view.staff;
    const [rsvps, attendance, attendees] = await Promise.all([
      meetingsRepo.rsvps(executor, view.group.id, keys),
      runs ? meetingsRepo.attendance(executor, view.group.id, keys) : Promise.resolve([]),
      runs ? meetingsRepo.attendees(executor, view.group.id, keys) : Promise.resolve([]),
    ]);
    return meetings.map((meeting) => {
      const key = meeting.occurrence.toISOString();
      const answers = rsvps.filter((rsvp) => rsvp.occurrence_start === key);
      const record = attendance.find((row) => row.occurrence_start === key);
      const named = attendees.filter((row) => row.occurrence_start === key).map((row) => ({ userId: row.user_id, handle: row.handle }));
      const mine = answers.find((rsvp) => rsvp.user_id === actor.userId)?.answer as MeetingDto['myRsvp'] | undefined;
      return presentMeeting(meeting, view.group, {
        myRsvp: mine ?? null,
        rsvpCounts: runs ? { yes: count(answers, 'yes'), no: count(answers, 'no'), maybe: count(answers, 'maybe') } : null,
        attendance: runs && record ? { named, unnamedCount: record.unnamed_count, total: named.length + record.unnamed_count, recordedAt: record.recorded_at } : null,
        checkInPrompt: runs ? checkInPrompt(view.group.language) : null,
        fidelityItems: runs ? [...FIDELITY_ITEMS] : null,
      });
    });
  }

  return {
    meetingFor,
    present,

    async list(actor: Actor, groupId: string, query: { when: 'upcoming' | 'past'; limit: number }): Promise<MeetingDto[]> {
      const view = await groupViewFor(db, actor, groupId);
      // The history of meetings (who came, what was recorded) is for the people who run the group.
      if (query.when === 'past' && !view.facilitator && !view.staff && !isMember(view)) throw problems.forbidden();
      const changes = await meetingsRepo.changes(db, groupId);
      const meetings = query.when === 'upcoming' ? upcomingMeetings(view.group, changes, clock.now(), query.limit) : pastMeetings(view.group, changes, clock.now(), query.limit);
      return present(db, actor, view, meetings);
    },

    async get(actor: Actor, groupId: string, occurrence: string): Promise<MeetingDto> {
      const view = await groupViewFor(db, actor, groupId);
      return (await present(db, actor, view, [await meetingFor(db, view, occurrence)]))[0]!;
    },

    /**
     * One meeting moves (a new wall-clock time in the group's zone), is cancelled, or goes back to its
     * regular time. Members and the other facilitators are told; the next-meeting fact stays true.
     */
    async change(actor: Actor, groupId: string, occurrence: string, input: MeetingChange, ip: string): Promise<MeetingDto> {
      return core.transaction(async (trx) => {
        const view = await groupViewFor(trx, actor, groupId);
        requireManager(view);
        if (view.group.status !== 'active') throw problems.stateConflict('group_archived', 'This group has closed.');
        const meeting = await meetingFor(trx, view, occurrence);
        const now = clock.now();
        if (meeting.start <= now) throw problems.stateConflict('meeting_started', 'This meeting has already started; it can no longer be changed.');
        const at = now.toISOString();
        const key = meeting.occurrence.toISOString();
        let newStart: Date | null = null;
        if (input.startsLocal !== undefined) {
          try {
            newStart = localToInstant(input.startsLocal, view.group.time_zone, 'startsLocal');
          } catch (error) {
            if (error instanceof LocalTimeError) throw problems.invalidFields([error.fieldError]);
            throw error;
          }
          if (newStart <= now) throw problems.invalidFields([fieldError('startsLocal', 'in_past', 'Choose a time that has not passed yet.')]);
          if (Math.abs(newStart.getTime() - meeting.occurrence.getTime()) > MAX_MOVE_DAYS * DAY) {
            throw problems.invalidFields([fieldError('startsLocal', 'too_far', `A meeting moves by at most ${MAX_MOVE_DAYS} days; cancel it and add a note instead.`)]);
          }
        }
        if (input.restore) {
          await meetingsRepo.deleteChange(trx, groupId, key);
        } else {
          await meetingsRepo.saveChange(trx, {
            group_id: groupId, occurrence_start: key, cancelled: input.cancelled ? 1 : 0,
            // Cancelling keeps an earlier move, so restoring brings back the regular time.
            new_start: newStart ? (newStart.getTime() === meeting.occurrence.getTime() ? null : newStart.toISOString()) : input.cancelled && meeting.moved ? meeting.start.toISOString() : null,
            note: input.note ?? meeting.note ?? null, changed_by: actor.userId, changed_at: at,
          });
        }
        await core.refreshNextMeeting(trx, groupId);
        const updated = await meetingFor(trx, view, key);
        const people = await core.everyoneBut(trx, groupId, actor.userId);
        if (input.cancelled) await core.notify(trx, people, 'group.meeting_cancelled', view.group, { plannedAt: meeting.start.toISOString() });
        else await core.notify(trx, people, 'group.meeting_changed', view.group, { plannedAt: updated.start.toISOString() });
        await recordAudit(trx, {
          action: input.cancelled ? 'group.meeting_cancelled' : input.restore ? 'group.meeting_restored' : 'group.meeting_moved',
          at: now, actorId: actor.userId, subjectType: 'group', subjectId: groupId, ip, details: { occurrence: key, startsAt: updated.start.toISOString() },
        });
        return (await present(trx, actor, view, [updated]))[0]!;
      });
    },

    /** A member's answer for a meeting still to come. */
    async rsvp(actor: Actor, groupId: string, occurrence: string, answer: 'yes' | 'no' | 'maybe'): Promise<MeetingDto> {
      const view = await groupViewFor(db, actor, groupId);
      if (!isMember(view)) throw problems.stateConflict('not_a_member', 'Members answer for meetings. Join the group first.');
      const meeting = await meetingFor(db, view, occurrence);
      if (meeting.cancelled) throw problems.stateConflict('meeting_cancelled', 'This meeting is cancelled.');
      if (meeting.start <= clock.now()) throw problems.stateConflict('meeting_started', 'This meeting has already started.');
      await meetingsRepo.saveRsvp(db, { group_id: groupId, occurrence_start: meeting.occurrence.toISOString(), user_id: actor.userId, answer, answered_at: clock.now().toISOString() });
      return (await present(db, actor, view, [meeting]))[0]!;
    },
  };
}

function count(answers: Array<{ answer: string }>, answer: string): number {
  return answers.filter((row) => row.answer === answer).length;
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
