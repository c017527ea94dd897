import { describe, expect, it } from 'vitest';
import { formatInZone, localInputInZone, placeInZone, zoneOffsetMinutes } from './zoned-time.js';

/** ICU versions differ in the space before AM/PM (a narrow no-break space in newer ones). */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('times in a named zone', () => {
  it('reads a wall-clock time in the zone, not the browser’s, across daylight saving', () => {
    expect(placeInZone('2026-10-13T18:00', 'Europe/Madrid')).toEqual({ iso: '2026-10-13T16:00:00.000Z', skipped: false });
    expect(placeInZone('2026-10-27T18:00', 'Europe/Madrid')).toEqual({ iso: '2026-10-27T17:00:00.000Z', skipped: false });
    expect(placeInZone('2026-10-13T18:00', 'America/New_York')).toEqual({ iso: '2026-10-13T22:00:00.000Z', skipped: false });
    expect(placeInZone('2026-10-13T18:00', 'Asia/Kolkata')).toEqual({ iso: '2026-10-13T12:30:00.000Z', skipped: false });
  });

  it('takes the first of a repeated hour and flags a skipped one, as the server does', () => {
    // Clocks go back at 03:00 in Madrid on 25 October 2026: 02:30 happens twice.
    expect(placeInZone('2026-10-25T02:30', 'Europe/Madrid')).toEqual({ iso: '2026-10-25T00:30:00.000Z', skipped: false });
    // Clocks jump from 02:00 to 03:00 on 29 March 2026: 02:30 never happens, and reads as 03:30.
    expect(placeInZone('2026-03-29T02:30', 'Europe/Madrid')).toEqual({ iso: '2026-03-29T01:30:00.000Z', skipped: true });
  });

  it('refuses text that is not a date and time, or a zone nobody knows', () => {
    expect(placeInZone('2026-02-30T10:00', 'Europe/Madrid')).toBeNull();
    expect(placeInZone('tomorrow', 'Europe/Madrid')).toBeNull();
    expect(placeInZone('2026-10-13T18:00', 'Nowhere/Else')).toBeNull();
  });

  it('writes an instant back as the zone’s wall clock, for a date-and-time input', () => {
    expect(localInputInZone('2026-10-13T16:00:00.000Z', 'Europe/Madrid')).toBe('2026-10-13T18:00');
    expect(localInputInZone('2026-10-13T23:30:00.000Z', 'America/Los_Angeles')).toBe('2026-10-13T16:30');
    expect(localInputInZone('2026-10-13T22:00:00.000Z', 'Asia/Tokyo')).toBe('2026-10-14T07:00');
    expect(zoneOffsetMinutes(Date.parse('2026-07-01T12:00:00Z'), 'Europe/Madrid')).toBe(120);
  });

  it('shows a moment on the reader’s own clock, in their language', () => {
    const instant = '2026-10-13T16:00:00.000Z';
    expect(plain(formatInZone(instant, 'en', 'Europe/Madrid'))).toBe('Tuesday, October 13, 2026 at 6:00 PM');
    expect(plain(formatInZone(instant, 'es', 'Europe/Madrid'))).toBe('martes, 13 de octubre de 2026, 18:00');
    expect(plain(formatInZone(instant, 'en', 'America/New_York'))).toBe('Tuesday, October 13, 2026 at 12:00 PM');
    expect(plain(formatInZone('not a time', 'en', 'Europe/Madrid'))).toBe('not a time');
  });
});
