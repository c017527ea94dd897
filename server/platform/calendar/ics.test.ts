import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar } from './ics.js';

describe('iCalendar feed writer', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const text = renderCalendar({
    name: 'Kindred, Juniper',
    now,
    events: [
      {
        uid: 'check-in-1@kindred', start: new Date('2026-11-24T17:00:00Z'), end: new Date('2026-11-24T17:45:00Z'), updatedAt: now,
        summary: 'Check-in with Dahlia; video', description: `A long description that goes well past seventy-five octets, with ñ and emoji 🌱, commas, semicolons; and\na new line.`,
        url: 'https://meet.example.test/room-1',
      },
      { uid: 'check-in-2@kindred', start: new Date('2026-12-01T17:00:00Z'), end: new Date('2026-12-01T17:45:00Z'), updatedAt: now, summary: 'Cancelled check-in', cancelled: true },
    ],
  });

  it('is read back by an independent parser with every field intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.uid)).toEqual(['check-in-1@kindred', 'check-in-2@kindred']);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-11-24T17:00:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2026-11-24T17:45:00.000Z');
    expect(events[0]!.summary).toBe('Check-in with Dahlia; video');
    expect(events[0]!.description).toBe('A long description that goes well past seventy-five octets, with ñ and emoji 🌱, commas, semicolons; and\na new line.');
    expect(events[1]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('uses CRLF line endings and folds no line past 75 octets', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });
});
