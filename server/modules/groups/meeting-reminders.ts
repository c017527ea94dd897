// Reminders of a group's next meeting, at each member's own lead time (the same setting as check-in
// reminders). Scheduled when the next meeting changes and when someone takes a seat; each reminder
// checks again when it runs, so a member who left, answered "no", or a meeting that moved stays quiet.
// Jobs name the membership, never the person: job rows outlive an erased account.
import type { JobQueue } from '../../platform/jobs/index.js';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor, Trx } from '../../platform/db/connect.js';
import type { Notifier } from '../notifications/index.js';
import { type GroupRow, groupsRepo } from './groups.repo.js';
import { meetingsRepo } from './meetings.repo.js';
import { membershipRepo } from './membership.repo.js';
import { type Meeting, nextMeeting } from './schedule.js';

export const MEETING_REMINDER_JOB = 'groups.meeting_reminder';
const reminderKey = (groupId: string, occurrence: string, membershipId: string) => `${MEETING_REMINDER_JOB}:${groupId}:${occurrence}:${membershipId}`;

interface ReminderPayload {
  groupId: string;
  membershipId: string;
  occurrence: string;
  start: string;
}

type Notify = (trx: Trx, userIds: string[], kind: 'group.meeting_reminder', group: GroupRow, data: { plannedAt: string }) => Promise<void>;

export function createMeetingReminders({ jobs, clock }: { jobs: JobQueue; clock: Clock }, notifier: Notifier, notify: Notify) {
  return {
    /** Queues each person's reminder of the meeting (at once when their lead time has already passed). */
    async schedule(trx: DbExecutor, groupId: string, meeting: Meeting, membershipIds: string[]): Promise<void> {
      const occurrence = meeting.occurrence.toISOString();
      for (const membershipId of membershipIds) {
        const membership = await membershipRepo.find(trx, membershipId);
        if (!membership) continue;
        const lead = await notifier.reminderLeadMinutes(trx, membership.user_id);
        const runAt = new Date(Math.max(meeting.start.getTime() - lead * 60_000, clock.now().getTime()));
        await jobs.schedule(trx, {
          kind: MEETING_REMINDER_JOB, runAt, payload: { groupId, membershipId, occurrence, start: meeting.start.toISOString() } satisfies ReminderPayload,
          dedupeKey: reminderKey(groupId, occurrence, membershipId),
        });
      }
    },

    /** Drops the group's reminders not yet sent (the next meeting moved, or there is none now). */
    async cancelPending(trx: DbExecutor, groupId: string): Promise<void> {
      await jobs.cancel(trx, `${MEETING_REMINDER_JOB}:${groupId}:*`);
    },

    /** The job: remind only if this is still the group's next meeting, at that time, and the person is still coming. */
    async remind(trx: Trx, payload: ReminderPayload): Promise<void> {
      const group = await groupsRepo.find(trx, payload.groupId);
      if (!group || group.status !== 'active') return;
      const next = nextMeeting(group, await meetingsRepo.changes(trx, group.id), clock.now());
      if (!next || next.occurrence.toISOString() !== payload.occurrence || next.start.toISOString() !== payload.start) return;
      const membership = await membershipRepo.find(trx, payload.membershipId);
      if (!membership || membership.group_id !== group.id || membership.status !== 'member') return;
      const [answer] = (await meetingsRepo.rsvps(trx, group.id, [payload.occurrence])).filter((rsvp) => rsvp.user_id === membership.user_id);
      if (answer?.answer === 'no') return;
      await notify(trx, [membership.user_id], 'group.meeting_reminder', group, { plannedAt: payload.start });
    },
  };
}

export type MeetingReminders = ReturnType<typeof createMeetingReminders>;
