// RFC 5545 recurrence read the way people mean it: "every Tuesday at 18:00" stays 18:00 on the wall
// clock of the plan's time zone across daylight-saving changes. Occurrences are expanded in floating
// time (wall-clock fields carried in a UTC Date) and only then placed in the zone.
import { DateTime, IANAZone } from 'luxon';
import * as rruleModule from 'rrule';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { fieldError } from '../errors.js';

// rrule ships a UMD bundle (Node's import) and an ES module (Vite's): take RRule from whichever arrived.
const { RRule } = 'RRule' in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default;

export interface Recurrence {
  /** The RRULE value, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU" (a leading "RRULE:" is accepted). */
  rule: string;
  /** Wall-clock start of the first occurrence in `timeZone`, "YYYY-MM-DDTHH:mm". */
  startsLocal: string;
  timeZone: string;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const ALLOWED_FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
/** Time of day comes from the start; these parts could only make a rule fire more than once a day. */
const SUB_DAILY_PARTS = ['BYHOUR', 'BYMINUTE', 'BYSECOND'];
/** How far ahead a rule must produce an occurrence to count as one that occurs at all. */
const NEVER_HORIZON_YEARS = 5;

export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

function ruleText(rule: string): string {
  return rule.trim().replace(/^RRULE:/i, '').toUpperCase();
}

function ruleParts(rule: string): Map<string, string> {
  return new Map(ruleText(rule).split(';').filter(Boolean).map((part) => {
    const [key, value = ''] = part.split('=');
    return [key!.trim(), value.trim()];
  }));
}

function floatingStart(startsLocal: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(startsLocal);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 ? date : null;
}

function compile(recurrence: Recurrence, start: Date) {
  const options = RRule.parseString(ruleText(recurrence.rule));
  return new RRule({ ...options, dtstart: start, tzid: null });
}

/** True when this wall-clock time is skipped in the zone (the hour clocks jump forward). */
export function wallTimeExists(floating: Date, timeZone: string): boolean {
  const placed = toInstant(floating, timeZone);
  const back = DateTime.fromJSDate(placed, { zone: timeZone });
  return back.hour === floating.getUTCHours() && back.minute === floating.getUTCMinutes();
}

/**
 * The instant of a wall-clock time in a zone. A time that happens twice (clocks go back) is its first
 * occurrence; a skipped time is read with the offset in force before the jump, as RFC 5545 says, so
 * 02:30 on a spring-forward night becomes 03:30.
 */
export function toInstant(floating: Date, timeZone: string): Date {
  const wall = floating.getTime();
  const offsets = new Set([-1, 1].map((hours) => DateTime.fromMillis(wall + hours * 3 * 3600_000, { zone: timeZone }).offset));
  const matching = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => DateTime.fromMillis(instant, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm') === DateTime.fromMillis(wall, { zone: 'utc' }).toFormat('yyyy-MM-dd HH:mm'))
    .sort((a, b) => a - b);
  if (matching.length > 0) return new Date(matching[0]!);
  const offsetBefore = DateTime.fromMillis(wall - 3 * 3600_000, { zone: timeZone }).offset;
  return new Date(wall - offsetBefore * 60_000);
}

/** Why a recurrence cannot be used, as field errors naming `rule`, `startsLocal` or `timeZone`; empty when it is fine. */
export function recurrenceProblems(recurrence: Recurrence, fields = { rule: 'rule', startsLocal: 'startsLocal', timeZone: 'timeZone' }): FieldError[] {
  const errors: FieldError[] = [];
  if (!isTimeZone(recurrence.timeZone)) errors.push(fieldError(fields.timeZone, 'time_zone_unknown', 'Choose a time zone from the list, such as Europe/Madrid.'));
  const start = floatingStart(recurrence.startsLocal);
  if (!start) errors.push(fieldError(fields.startsLocal, 'local_time_invalid', 'Give the first date and time as YYYY-MM-DDTHH:mm.'));
  const parts = ruleParts(recurrence.rule);
  const frequency = parts.get('FREQ');
  if (!frequency) {
    errors.push(fieldError(fields.rule, 'rule_invalid', 'The rule needs a FREQ, for example FREQ=WEEKLY.'));
  } else if (!ALLOWED_FREQUENCIES.has(frequency) || SUB_DAILY_PARTS.some((part) => parts.has(part))) {
    errors.push(fieldError(fields.rule, 'rule_too_frequent', 'Check-ins can repeat at most once a day.'));
  } else if (parts.has('DTSTART') || /DTSTART/.test(ruleText(recurrence.rule))) {
    errors.push(fieldError(fields.rule, 'rule_invalid', 'Give the start separately, not inside the rule.'));
  }
  if (errors.length > 0 || !start) return errors;

  let compiled: InstanceType<typeof RRule>;
  try {
    compiled = compile(recurrence, start);
  } catch {
    return [fieldError(fields.rule, 'rule_invalid', 'This is not a recurrence rule we can read.')];
  }
  const horizon = new Date(Date.UTC(start.getUTCFullYear() + NEVER_HORIZON_YEARS, start.getUTCMonth(), start.getUTCDate()));
  let first: Date | null = null;
  compiled.between(start, horizon, true, (date) => {
    first = date;
    return false;
  });
  if (!first) return [fieldError(fields.rule, 'rule_never_occurs', 'This rule never produces a date. Check the days and months it names.')];
  if (!wallTimeExists(first, recurrence.timeZone)) {
    return [fieldError(fields.startsLocal, 'local_time_skipped', 'The clocks skip this time on that day (daylight saving). Choose another time.')];
  }
  return [];
}

/** Occurrence instants from `from` (inclusive) to `to` (exclusive), at most `limit`. Assumes a valid recurrence. */
export function occurrencesBetween(recurrence: Recurrence, from: Date, to: Date, limit = 500): Date[] {
  const start = floatingStart(recurrence.startsLocal);
  if (!start) return [];
  const compiled = compile(recurrence, start);
  // Floating times differ from instants by at most a day's worth of offset, so widen, place, then cut.
  const day = 24 * 3600_000;
  const results: Date[] = [];
  compiled.between(new Date(from.getTime() - day), new Date(to.getTime() + day), true, (floating) => {
    const instant = toInstant(floating, recurrence.timeZone);
    if (instant >= from && instant < to) results.push(instant);
    return results.length < limit;
  });
  return results;
}

/** The first occurrence's instant. */
export function firstOccurrence(recurrence: Recurrence): Date | null {
  const start = floatingStart(recurrence.startsLocal);
  return start ? toInstant(start, recurrence.timeZone) : null;
}
