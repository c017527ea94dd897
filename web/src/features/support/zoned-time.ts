/**
 * Times in a named time zone (a person's profile zone), not the browser's: check-ins are shown on the
 * reader's own wall clock, and times they type are read on that wall clock too.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the browser knows this IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallFields(instant: number, timeZone: string): WallFields & { second: number } {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second) };
}

/** Minutes the zone is ahead of UTC at this instant (Madrid in summer: 120). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const wall = wallFields(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

function parseLocal(value: string): WallFields | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

const pad = (value: number) => String(value).padStart(2, '0');

function localText(fields: WallFields): string {
  return `${fields.year}-${pad(fields.month)}-${pad(fields.day)}T${pad(fields.hour)}:${pad(fields.minute)}`;
}

export interface PlacedTime {
  /** The instant, as ISO 8601 in UTC. */
  iso: string;
  /** The clocks skip this wall time on that day (daylight saving); the instant is read with the offset before the jump. */
  skipped: boolean;
}

/**
 * A wall-clock time ("2026-10-13T18:00") in a zone, as an instant. A time that happens twice (clocks go
 * back) is its first occurrence; a skipped one is read with the offset before the jump, as the server
 * does for rhythms. Null when the text is not a date and time, or the zone is unknown.
 */
export function placeInZone(local: string, timeZone: string): PlacedTime | null {
  const fields = parseLocal(local);
  if (!fields || !isKnownTimeZone(timeZone)) return null;
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute);
  const offsets = new Set([-3, 3].map((hours) => zoneOffsetMinutes(wall + hours * 3600_000, timeZone)));
  const matching = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => localText(wallFields(instant, timeZone)) === local)
    .sort((a, b) => a - b);
  if (matching.length > 0) return { iso: new Date(matching[0]!).toISOString(), skipped: false };
  const before = zoneOffsetMinutes(wall - 3 * 3600_000, timeZone);
  return { iso: new Date(wall - before * 60_000).toISOString(), skipped: true };
}

/** An instant as a date-and-time input's value on the zone's wall clock, e.g. "2026-10-13T18:00". */
export function localInputInZone(iso: string, timeZone: string): string {
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant) || !isKnownTimeZone(timeZone)) return '';
  return localText(wallFields(instant, timeZone));
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

function displayFormatter(locale: string, timeZone: string, style: 'full' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let formatter = displayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, style === 'full' ? { dateStyle: 'full', timeStyle: 'short', timeZone } : { timeStyle: 'short', timeZone });
    displayFormatters.set(key, formatter);
  }
  return formatter;
}

/** "Tuesday, 13 October 2026 at 18:00" on the wall clock of `timeZone`, in the reader's language. */
export function formatInZone(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return displayFormatter(locale, timeZone, 'full').format(date);
  } catch {
    return displayFormatter(locale, 'UTC', 'full').format(date);
  }
}

/** A wall-clock time of day ("18:00" in a rule's start) written the reader's way: "6:00 PM" or "18:00". */
export function formatClockTime(hour: number, minute: number, locale: string): string {
  return displayFormatter(locale, 'UTC', 'time').format(new Date(Date.UTC(2026, 0, 5, hour, minute)));
}

/** The time zone's name as people read it: "America/New York". */
export function zoneLabel(timeZone: string): string {
  return timeZone.replaceAll('_', ' ');
}
