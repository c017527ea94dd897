import { DateTime } from 'luxon';

/** The zone to read a person's wall clock in: their profile's, or UTC when unset or unknown. */
export function zoneOrUtc(timeZone: string | null | undefined): string {
  return timeZone && DateTime.now().setZone(timeZone).isValid ? timeZone : 'UTC';
}

function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/**
 * When an email may go out: now, or the end of the person's quiet hours if now falls inside them.
 * Quiet hours may run past midnight (22:00 to 07:00); a start equal to the end means none.
 */
export function afterQuietHours(now: Date, quiet: { from: string | null; until: string | null }, timeZone: string): Date {
  if (!quiet.from || !quiet.until || quiet.from === quiet.until) return now;
  const local = DateTime.fromJSDate(now, { zone: zoneOrUtc(timeZone) });
  const from = minutesOf(quiet.from);
  const until = minutesOf(quiet.until);
  const current = local.hour * 60 + local.minute;
  const inside = from < until ? current >= from && current < until : current >= from || current < until;
  if (!inside) return now;
  let end = local.set({ hour: Math.floor(until / 60), minute: until % 60, second: 0, millisecond: 0 });
  if (end <= local) end = end.plus({ days: 1 });
  return end.toJSDate();
}

export const DIGEST_WEEKDAY = 1; // Monday
export const DIGEST_HOUR = 9;

/** The next Monday 09:00 on the person's wall clock strictly after `after`. */
export function nextDigestAt(after: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(after, { zone: zoneOrUtc(timeZone) });
  let candidate = local.set({ hour: DIGEST_HOUR, minute: 0, second: 0, millisecond: 0 }).plus({ days: (DIGEST_WEEKDAY - local.weekday + 7) % 7 });
  if (candidate <= local) candidate = candidate.plus({ weeks: 1 });
  return candidate.toJSDate();
}
