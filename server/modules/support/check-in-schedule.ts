// Turns an agreed rhythm into stored meetings a few weeks ahead, and keeps their reminders, the
// "was it missed?" nudge and the next extension queued as durable jobs.
import type { Insertable } from 'kysely';
import { occurrencesBetween } from '../../platform/calendar/recurrence.js';
import type { Clock } from '../../platform/clock.js';
import type { Trx } from '../../platform/db/connect.js';
import type { CheckInsTable } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import { checkInsRepo, type PlanRow } from './check-ins.repo.js';
import type { Notifier } from '../notifications/index.js';

/** Meetings are stored this far ahead; the extension job runs when half of it is left. */
export const STORED_AHEAD_DAYS = 56;
const EXTEND_WHEN_LEFT_DAYS = 28;
/** After a meeting's end, how long before both are asked whether it happened. */
const MISSED_NUDGE_HOURS = 2;
const DAY = 24 * 3600_000;

export const JOB_KINDS = { remind: 'check_in.remind', nudgeMissed: 'check_in.nudge_missed', extend: 'check_in.extend' } as const;

export const jobKeys = {
  reminder: (checkInId: string, side: Side, plannedAt: string) => `${JOB_KINDS.remind}:${checkInId}:${side}:${plannedAt}`,
  remindersOf: (checkInId: string) => `${JOB_KINDS.remind}:${checkInId}:*`,
  nudge: (checkInId: string, plannedAt: string) => `${JOB_KINDS.nudgeMissed}:${checkInId}:${plannedAt}`,
  nudgesOf: (checkInId: string) => `${JOB_KINDS.nudgeMissed}:${checkInId}:*`,
  extension: (planId: string, until: string) => `${JOB_KINDS.extend}:${planId}:${until}`,
};

export type Side = 'member' | 'supporter';

export interface Participants {
  memberId: string;
  supporterId: string;
}

export function createCheckInSchedule(deps: { clock: Clock; jobs: JobQueue; notifier: Notifier }) {
  const { clock, jobs, notifier } = deps;

  /** Reminders for each person at their chosen lead time, and the nudge after the meeting's end. */
  async function queueFor(trx: Trx, checkIn: { id: string; planned_at: string; duration_minutes: number }, people: Participants): Promise<void> {
    const now = clock.now().getTime();
    const planned = new Date(checkIn.planned_at).getTime();
    for (const [side, userId] of [['member', people.memberId], ['supporter', people.supporterId]] as const) {
      const runAt = planned - (await notifier.reminderLeadMinutes(trx, userId)) * 60_000;
      if (runAt > now) {
        // Jobs name the side, never the person, so they hold nothing personal.
        await jobs.schedule(trx, {
          kind: JOB_KINDS.remind, runAt: new Date(runAt), payload: { checkInId: checkIn.id, side, plannedAt: checkIn.planned_at },
          dedupeKey: jobKeys.reminder(checkIn.id, side, checkIn.planned_at),
        });
      }
    }
    await jobs.schedule(trx, {
      kind: JOB_KINDS.nudgeMissed, runAt: new Date(planned + (checkIn.duration_minutes + MISSED_NUDGE_HOURS * 60) * 60_000),
      payload: { checkInId: checkIn.id, plannedAt: checkIn.planned_at }, dedupeKey: jobKeys.nudge(checkIn.id, checkIn.planned_at),
    });
  }

  async function unqueue(trx: Trx, checkInId: string): Promise<void> {
    await jobs.cancel(trx, jobKeys.remindersOf(checkInId));
    await jobs.cancel(trx, jobKeys.nudgesOf(checkInId));
  }

  return {
    queueFor,
    unqueue,

    /** Stores the plan's meetings from `from` up to the stored-ahead horizon and queues their jobs. */
    async materialise(trx: Trx, plan: PlanRow, people: Participants, from: Date): Promise<void> {
      const until = new Date(clock.now().getTime() + STORED_AHEAD_DAYS * DAY);
      const at = clock.now().toISOString();
      const rows: Array<Insertable<CheckInsTable>> = occurrencesBetween({ rule: plan.rrule, startsLocal: plan.starts_local, timeZone: plan.time_zone }, from, until)
        .map((instant) => ({
          id: newId(), relationship_id: plan.relationship_id, plan_id: plan.id, planned_at: instant.toISOString(), duration_minutes: plan.duration_minutes,
          meeting_mode: plan.meeting_mode, meeting_detail: plan.meeting_detail, status: 'planned', marked_by: null, marked_at: null,
          mood: null, mood_words: null, talked_about: null, created_at: at, updated_at: at,
        }));
      for (const added of await checkInsRepo.insertOccurrences(trx, rows)) {
        await queueFor(trx, { id: added.id!, planned_at: added.planned_at!, duration_minutes: added.duration_minutes! }, people);
      }
      await jobs.schedule(trx, {
        kind: JOB_KINDS.extend, runAt: new Date(until.getTime() - EXTEND_WHEN_LEFT_DAYS * DAY), payload: { planId: plan.id, from: until.toISOString() },
        dedupeKey: jobKeys.extension(plan.id, until.toISOString()),
      });
    },

    /** Meetings not yet marked that a new rhythm (or no rhythm) replaces, with their jobs. */
    async clearFuture(trx: Trx, relationshipId: string): Promise<void> {
      // A replaced plan's extension job finds the plan no longer agreed and does nothing.
      for (const id of await checkInsRepo.deleteFuturePlanned(trx, relationshipId, clock.now().toISOString())) await unqueue(trx, id);
    },
  };
}

export type CheckInSchedule = ReturnType<typeof createCheckInSchedule>;
