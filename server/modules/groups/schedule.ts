// A group's meetings: the occurrences of its rule in its time zone, with one-off changes applied.
import { DateTime } from 'luxon';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { occurrencesBetween, recurrenceProblems, toInstant, wallTimeExists } from '../../platform/calendar/recurrence.js';
import { fieldError } from '../../platform/errors.js';

const DAY = 24 * 3600_000;
/** A one-off change moves a meeting by at most this much, so the meetings around it stay findable. */
export const MAX_MOVE_DAYS = 28;

export interface GroupSchedule {
  rrule: string | null;
  starts_local: string | null;
  time_zone: string;
  duration_minutes: number;
}

export interface MeetingChange {
  occurrence_start: string;
  new_start: string | null;
  cancelled: number;
  note: string | null;
  changed_at: string;
}

export interface Meeting {
  /** The start the rule gives: the meeting's name. */
  occurrence: Date;
  start: Date;
  end: Date;
  moved: boolean;
  cancelled: boolean;
  note: string | null;
  changedAt: string | null;
}

const recurrenceOf = (schedule: GroupSchedule) =>
  schedule.rrule && schedule.starts_local ? { rule: schedule.rrule, startsLocal: schedule.starts_local, timeZone: schedule.time_zone } : null;

export function normaliseRule(rule: string): string {
  return rule.trim().replace(/^RRULE:/i, '').toUpperCase();
}

/** Field errors for a schedule (rule, startsLocal, timeZone), including a first meeting the clocks skip. */
export function scheduleProblems(input: { rule: string; startsLocal: string; timeZone: string }): FieldError[] {
  return recurrenceProblems({ rule: input.rule, startsLocal: input.startsLocal, timeZone: input.timeZone });
}

export function localText(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** The regular meeting's weekday (1 = Monday) and minutes after local midnight, from its first occurrence. */
export function meetingFacts(schedule: GroupSchedule): { meeting_weekday: number | null; meeting_minute: number | null } {
  const recurrence = recurrenceOf(schedule);
  if (!recurrence) return { meeting_weekday: null, meeting_minute: null };
  const from = new Date(Date.parse(`${recurrence.startsLocal}:00Z`) - 2 * DAY);
  const [first] = occurrencesBetween(recurrence, from, new Date(from.getTime() + 800 * DAY), 1);
  if (!first) return { meeting_weekday: null, meeting_minute: null };
  const local = DateTime.fromJSDate(first, { zone: schedule.time_zone });
  return { meeting_weekday: local.weekday, meeting_minute: local.hour * 60 + local.minute };
}

function apply(schedule: GroupSchedule, occurrence: Date, change: MeetingChange | undefined): Meeting {
  const start = change?.new_start ? new Date(change.new_start) : occurrence;
  return {
    occurrence, start, end: new Date(start.getTime() + schedule.duration_minutes * 60_000),
    moved: Boolean(change?.new_start), cancelled: change?.cancelled === 1, note: change?.note ?? null, changedAt: change?.changed_at ?? null,
  };
}

/**
 * Meetings whose (possibly moved) start falls in [from, to), in order. Rule occurrences are read a
 * little wider than the window, since a one-off change can move a meeting into or out of it.
 */
export function meetingsBetween(schedule: GroupSchedule, changes: MeetingChange[], from: Date, to: Date): Meeting[] {
  const recurrence = recurrenceOf(schedule);
  if (!recurrence) return [];
  const byStart = new Map(changes.map((change) => [new Date(change.occurrence_start).toISOString(), change]));
  const margin = (MAX_MOVE_DAYS + 1) * DAY;
  return occurrencesBetween(recurrence, new Date(from.getTime() - margin), new Date(to.getTime() + margin), 5000)
    .map((occurrence) => apply(schedule, occurrence, byStart.get(occurrence.toISOString())))
    .filter((meeting) => meeting.start >= from && meeting.start < to)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Meetings not yet over at `now`, the soonest first. */
export function upcomingMeetings(schedule: GroupSchedule, changes: MeetingChange[], now: Date, limit: number): Meeting[] {
  // Wide enough for the limit even for a monthly rule; the rule library stops at the limit anyway.
  const horizon = new Date(now.getTime() + Math.max(400, limit * 32) * DAY);
  return meetingsBetween(schedule, changes, new Date(now.getTime() - 1 * DAY), horizon)
    .filter((meeting) => meeting.end > now)
    .slice(0, limit);
}

/** Meetings that have started by `now`, the latest first. */
export function pastMeetings(schedule: GroupSchedule, changes: MeetingChange[], now: Date, limit: number): Meeting[] {
  return meetingsBetween(schedule, changes, new Date(now.getTime() - 400 * DAY), new Date(now.getTime() + DAY))
    .filter((meeting) => meeting.start <= now)
    .reverse()
    .slice(0, limit);
}

/** The next meeting that has not started and is not cancelled. */
export function nextMeeting(schedule: GroupSchedule, changes: MeetingChange[], now: Date): Meeting | null {
  return upcomingMeetings(schedule, changes, now, 60).find((meeting) => !meeting.cancelled && meeting.start > now) ?? null;
}

/** The meeting the rule gives at exactly this start, with its change applied, or null when the rule gives none. */
export function meetingAt(schedule: GroupSchedule, changes: MeetingChange[], occurrence: Date): Meeting | null {
  const recurrence = recurrenceOf(schedule);
  if (!recurrence) return null;
  const [found] = occurrencesBetween(recurrence, occurrence, new Date(occurrence.getTime() + 1), 1);
  if (!found || found.getTime() !== occurrence.getTime()) return null;
  return apply(schedule, found, changes.find((change) => new Date(change.occurrence_start).getTime() === occurrence.getTime()));
}

/** A wall-clock time in the group's zone as an instant; a time the clocks skip is a field error naming `field`. */
export function localToInstant(local: string, timeZone: string, field: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  const [y, mo, d, h, mi] = (match ?? []).slice(1).map(Number) as [number, number, number, number, number];
  const floating = match ? new Date(Date.UTC(y, mo - 1, d, h, mi)) : null;
  if (!floating || floating.getUTCMonth() !== mo - 1 || floating.getUTCDate() !== d || h > 23 || mi > 59) {
    throw new LocalTimeError(fieldError(field, 'local_time_invalid', 'Give the date and time as YYYY-MM-DDTHH:mm.'));
  }
  if (!wallTimeExists(floating, timeZone)) {
    throw new LocalTimeError(fieldError(field, 'local_time_skipped', `The clocks skip ${local.slice(11)} on ${local.slice(0, 10)} in ${timeZone} (daylight saving starts). Choose another time.`));
  }
  return toInstant(floating, timeZone);
}

export class LocalTimeError extends Error {
  constructor(readonly fieldError: FieldError) {
    super(fieldError.message);
  }
}
