import { describe, expect, it } from 'vitest';
import { occurrencesBetween, recurrenceProblems, toInstant } from './recurrence.js';

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
const codes = (rule: string, startsLocal = '2026-10-06T18:00', timeZone = 'Europe/Madrid') =>
  recurrenceProblems({ rule, startsLocal, timeZone }).map((error) => `${error.field}:${error.code}`);

describe('recurrence in a time zone', () => {
  it('keeps a weekly 18:00 at 18:00 on the wall clock across the end of summer time', () => {
    const tuesdays = occurrencesBetween({ rule: 'FREQ=WEEKLY;BYDAY=TU', startsLocal: '2026-10-13T18:00', timeZone: 'Europe/Madrid' }, new Date('2026-10-01T00:00Z'), new Date('2026-11-05T00:00Z'));
    // 16:00Z while Madrid is UTC+2, 17:00Z once it is UTC+1 (the clocks went back on 25 October).
    expect(iso(tuesdays)).toEqual(['2026-10-13T16:00:00.000Z', '2026-10-20T16:00:00.000Z', '2026-10-27T17:00:00.000Z', '2026-11-03T17:00:00.000Z']);
  });

  it('reads every two weeks from the first date and stops at COUNT', () => {
    const rule = { rule: 'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3', startsLocal: '2026-03-02T09:30', timeZone: 'America/New_York' };
    // New York moves to daylight time on 8 March: 14:30Z before, 13:30Z after.
    expect(iso(occurrencesBetween(rule, new Date('2026-01-01Z'), new Date('2027-01-01Z')))).toEqual([
      '2026-03-02T14:30:00.000Z', '2026-03-16T13:30:00.000Z', '2026-03-30T13:30:00.000Z',
    ]);
  });

  it('places a time the clocks skip with the offset before the jump, and a repeated time at its first occurrence', () => {
    expect(toInstant(new Date('2026-03-29T02:30Z'), 'Europe/Madrid').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toInstant(new Date('2026-10-25T02:30Z'), 'Europe/Madrid').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('returns only occurrences inside the window', () => {
    const daily = { rule: 'FREQ=DAILY', startsLocal: '2026-11-01T08:00', timeZone: 'UTC' };
    expect(iso(occurrencesBetween(daily, new Date('2026-11-03T08:00Z'), new Date('2026-11-05T08:00Z')))).toEqual(['2026-11-03T08:00:00.000Z', '2026-11-04T08:00:00.000Z']);
  });
});

describe('recurrence problems', () => {
  it('accepts the everyday rhythms', () => {
    expect(codes('FREQ=WEEKLY')).toEqual([]);
    expect(codes('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toEqual([]);
    expect(codes('FREQ=MONTHLY;BYDAY=1MO')).toEqual([]);
    expect(codes('FREQ=DAILY;COUNT=5')).toEqual([]);
  });

  it('refuses rules that repeat more often than daily', () => {
    expect(codes('FREQ=HOURLY')).toEqual(['rule:rule_too_frequent']);
    expect(codes('FREQ=MINUTELY;INTERVAL=30')).toEqual(['rule:rule_too_frequent']);
    expect(codes('FREQ=DAILY;BYHOUR=9,17')).toEqual(['rule:rule_too_frequent']);
  });

  it('refuses rules that never occur', () => {
    expect(codes('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30')).toEqual(['rule:rule_never_occurs']);
    expect(codes('FREQ=WEEKLY;UNTIL=20200101T000000Z')).toEqual(['rule:rule_never_occurs']);
  });

  it('names what is unreadable', () => {
    expect(codes('every tuesday')).toEqual(['rule:rule_invalid']);
    expect(codes('FREQ=WEEKLY;BYDAY=XX')).toEqual(['rule:rule_invalid']);
    expect(codes('FREQ=WEEKLY', '2026-02-30T10:00')).toEqual(['startsLocal:local_time_invalid']);
    expect(codes('FREQ=WEEKLY', '2026-10-06T18:00', 'Mars/Olympus')).toEqual(['timeZone:time_zone_unknown']);
  });

  it('explains a start time the clocks skip', () => {
    expect(codes('FREQ=WEEKLY', '2026-03-29T02:30')).toEqual(['startsLocal:local_time_skipped']);
  });
});
