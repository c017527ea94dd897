import type { z } from 'zod';
import type { MeetingDto, MeetingNoteDto, meetingNoteInput } from '../../../shared/contracts/groups.js';
import type { FieldError } from '../../../shared/contracts/problem.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import { fieldError, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { GroupCore, GroupsDependencies } from './group-core.js';
import { canReadNotes, groupViewFor, requireFacilitator } from './groups.policy.js';
import { presentNote } from './groups.presenter.js';
import { meetingsRepo } from './meetings.repo.js';
import { membershipRepo } from './membership.repo.js';
import type { MeetingsService } from './meetings.service.js';

const NOTES_SHOWN = 100;

/**
 * The facilitators' side of a meeting: who came (named only when the member agrees to it, otherwise
 * counted), and the meeting note with its fidelity checklist, private to facilitators and supervisors.
 */
export function createFacilitationService(ctx: PlatformContext, core: GroupCore, meetings: MeetingsService, deps: Pick<GroupsDependencies, 'textSafety' | 'supervisorsOf'>) {
  const { db, clock } = ctx;

  return {
    async recordAttendance(actor: Actor, groupId: string, occurrence: string, present: string[]): Promise<MeetingDto> {
      return core.transaction(async (trx) => {
        const view = await groupViewFor(trx, actor, groupId);
        requireFacilitator(view);
        const meeting = await meetings.meetingFor(trx, view, occurrence);
        if (meeting.cancelled) throw problems.stateConflict('meeting_cancelled', 'This meeting was cancelled.');
        if (meeting.start > clock.now()) throw problems.stateConflict('meeting_not_started', 'Attendance is recorded once the meeting has started.');
        const people = [...new Set(present)];
        const named: string[] = [];
        let unnamedCount = 0;
        const errors: FieldError[] = [];
        for (const [index, userId] of people.entries()) {
          const membership = await membershipRepo.of(trx, groupId, userId);
          // Someone who came and has since left or been removed still came.
          if (!membership || !['member', 'left', 'removed'].includes(membership.status) || membership.joined_at > meeting.end.toISOString()) {
            errors.push(fieldError(`present.${index}`, 'not_a_member', 'Only members of the group at the time are recorded.'));
            continue;
          }
          if (membership.attendance_recorded === 1) named.push(userId);
          else unnamedCount += 1;
        }
        if (errors.length > 0) throw problems.invalidFields(errors);
        await meetingsRepo.saveAttendance(trx, { groupId, occurrence: meeting.occurrence.toISOString(), named, unnamedCount, by: actor.userId, at: clock.now().toISOString() });
        return (await meetings.present(trx, actor, view, [meeting]))[0]!;
      });
    },

    /**
     * One note per meeting, kept by its facilitators; whoever writes it first is its author. The words are
     * screened once stored: they may be about anyone at the meeting, so concern reaches the writer's
     * supervisors and urgent words open an alert about the meeting rather than one member.
     */
    async writeNote(actor: Actor, groupId: string, occurrence: string, input: z.output<typeof meetingNoteInput>): Promise<MeetingNoteDto> {
      const note = await core.transaction(async (trx) => {
        const view = await groupViewFor(trx, actor, groupId);
        requireFacilitator(view);
        const meeting = await meetings.meetingFor(trx, view, occurrence);
        const key = meeting.occurrence.toISOString();
        const at = clock.now().toISOString();
        const checklist = JSON.stringify(input.checklist);
        const existing = await meetingsRepo.noteFor(trx, groupId, key);
        if (existing) await meetingsRepo.updateNote(trx, existing.id, { body: input.body, checklist, updated_at: at });
        else await meetingsRepo.insertNote(trx, { id: newId(), group_id: groupId, occurrence_start: key, author_id: actor.userId, body: input.body, checklist, created_at: at, updated_at: at });
        return presentNote((await meetingsRepo.notes(trx, groupId, NOTES_SHOWN)).find((row) => row.occurrence_start === key)!);
      });
      await deps.textSafety.screen({
        authorId: actor.userId, memberId: null, source: 'group_note', sourceId: note.id, text: note.body, locale: actor.locale, carers: await deps.supervisorsOf(actor.userId),
      });
      return note;
    },

    /** Facilitators read their group's notes; supervisors may too, and each of their reads is audited. */
    async notes(actor: Actor, groupId: string, ip: string): Promise<MeetingNoteDto[]> {
      const view = await groupViewFor(db, actor, groupId);
      const reader = canReadNotes(view, actor);
      if (!reader) throw (view.staff || view.membership?.status === 'member' || view.group.listing === 'public' ? problems.forbidden() : problems.notFound('group'));
      const rows = await meetingsRepo.notes(db, groupId, NOTES_SHOWN);
      if (reader === 'supervisor') {
        await recordAudit(db, { action: 'group.notes_read', at: clock.now(), actorId: actor.userId, subjectType: 'group', subjectId: groupId, ip, details: { notes: rows.length } });
      }
      return rows.map(presentNote);
    },
  };
}

export type FacilitationService = ReturnType<typeof createFacilitationService>;
