function pad(value: number): string {
  return String(Math.abs(value)).padStart(2, '0');
}

/**
 * A `datetime-local` input's value ("2026-11-22T21:30"), read as the browser's own time zone, written as
 * ISO 8601 with that zone's offset ("2026-11-22T21:30:00+01:00"): the server stores a moment, and the
 * offset keeps the admin's wall-clock time readable in logs. "" when the value is empty or not a time.
 */
export function localInputToIso(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return '';
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const moment = new Date(year, month - 1, day, hour, minute);
  if (Number.isNaN(moment.getTime())) return '';
  // getTimezoneOffset is minutes *behind* UTC, so its sign is the opposite of the ISO offset's.
  const offset = -moment.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const date = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
  const time = `${pad(moment.getHours())}:${pad(moment.getMinutes())}:00`;
  return `${date}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
