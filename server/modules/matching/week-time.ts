import type { AvailabilityWindow } from '../../../shared/contracts/profiles.js';
import { PERIODS } from '../../../shared/contracts/matching.js';

const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** A span of the week in UTC minutes from Monday 00:00, start < end; spans never wrap. */
export type WeekSpan = readonly [number, number];

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** The zone's offset from UTC in minutes at the given instant (positive east of Greenwich). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** Local weekly windows as sorted UTC spans, split where they cross the end of the week. */
export function toUtcSpans(windows: readonly AvailabilityWindow[], offsetMinutes: number): WeekSpan[] {
  const spans: WeekSpan[] = [];
  for (const window of windows) {
    const start = (((window.day * MINUTES_PER_DAY + minutesOf(window.start) - offsetMinutes) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    const end = start + (minutesOf(window.end) - minutesOf(window.start));
    if (end <= MINUTES_PER_WEEK) spans.push([start, end]);
    else spans.push([start, MINUTES_PER_WEEK], [0, end - MINUTES_PER_WEEK]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Overlapping spans of two sorted lists, merged in one pass. */
export function overlaps(a: readonly WeekSpan[], b: readonly WeekSpan[]): WeekSpan[] {
  const shared: WeekSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]![0], b[j]![0]);
    const end = Math.min(a[i]![1], b[j]![1]);
    if (start < end) shared.push([start, end]);
    if (a[i]![1] < b[j]![1]) i += 1;
    else j += 1;
  }
  return shared;
}

export function totalMinutes(spans: readonly WeekSpan[]): number {
  return spans.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/** Parts of the member's own day the shared time falls in: 6-12 mornings, 12-18 afternoons, 18-24 evenings, 0-6 nights. */
export function periodsOf(spans: readonly WeekSpan[], memberOffsetMinutes: number): Array<(typeof PERIODS)[number]> {
  const found = new Set<(typeof PERIODS)[number]>();
  for (const [start, end] of spans) {
    for (let minute = start; minute < end; minute += 30) {
      const localHour = Math.floor(((((minute + memberOffsetMinutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY) / 60);
      found.add(localHour < 6 ? 'nights' : localHour < 12 ? 'mornings' : localHour < 18 ? 'afternoons' : 'evenings');
    }
  }
  return PERIODS.filter((period) => found.has(period));
}

/** Availability is kept in 15-minute steps, so shared time is counted exactly with bit sets. */
export const SLOT_MINUTES = 15;
const SLOTS = MINUTES_PER_WEEK / SLOT_MINUTES;
export const SLOT_WORDS = Math.ceil(SLOTS / 32);

export function toSlotSet(spans: readonly WeekSpan[]): Uint32Array {
  const set = new Uint32Array(SLOT_WORDS);
  for (const [start, end] of spans) {
    for (let slot = Math.ceil(start / SLOT_MINUTES); (slot + 1) * SLOT_MINUTES <= end; slot += 1) set[slot >>> 5]! |= 1 << (slot & 31);
  }
  return set;
}

export function slotSpans(set: Uint32Array): WeekSpan[] {
  const spans: WeekSpan[] = [];
  let runStart = -1;
  for (let slot = 0; slot <= SLOTS; slot += 1) {
    const on = slot < SLOTS && (set[slot >>> 5]! & (1 << (slot & 31))) !== 0;
    if (on && runStart < 0) runStart = slot;
    if (!on && runStart >= 0) {
      spans.push([runStart * SLOT_MINUTES, slot * SLOT_MINUTES]);
      runStart = -1;
    }
  }
  return spans;
}
