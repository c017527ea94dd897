import { DEFAULT_MATCHING_WEIGHTS } from '../../../shared/contracts/matching.js';
import { describe, expect, it } from 'vitest';
import { brokenRule, buildIndex, type Need, rank, relaxOptions, type SupporterTraits } from './ranking.js';
import { overlaps, periodsOf, slotSpans, toSlotSet, toUtcSpans, totalMinutes, utcOffsetMinutes } from './week-time.js';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const DAY = 86_400_000;

function candidate(userId: string, overrides: Partial<SupporterTraits> = {}): SupporterTraits {
  return {
    userId,
    languages: ['en'],
    topics: ['anxiety'],
    identities: [],
    meetingModes: ['text'],
    availability: [],
    interests: [],
    capacity: 5,
    load: 0,
    waitingSinceMs: NOW,
    ...overrides,
  };
}

function need(overrides: Partial<Need> = {}): Need {
  return {
    memberId: 'member',
    topics: ['anxiety'],
    primaryTopic: null,
    languages: ['en'],
    supporterIdentities: [],
    communities: [],
    meetingModes: ['text'],
    availability: [],
    memberOffsetMinutes: 0,
    interests: [],
    excluded: new Set(),
    ...overrides,
  };
}

describe('week time', () => {
  it('finds zone offsets, including half hours and daylight saving', () => {
    expect(utcOffsetMinutes('America/New_York', new Date('2026-11-22T12:00:00Z'))).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', new Date('2026-07-01T12:00:00Z'))).toBe(-240);
    expect(utcOffsetMinutes('Asia/Kolkata', new Date(NOW))).toBe(330);
  });

  it('computes shared time across zones and wraps across the end of the week', () => {
    const madridEvening = toUtcSpans([{ day: 0, start: '19:00', end: '21:00' }], 60);
    const newYorkAfternoon = toUtcSpans([{ day: 0, start: '13:00', end: '16:00' }], -300);
    expect(totalMinutes(overlaps(madridEvening, newYorkAfternoon))).toBe(120);
    expect(toUtcSpans([{ day: 0, start: '00:30', end: '02:00' }], 60)).toEqual([[0, 60], [10_050, 10_080]]);
  });

  it('turns spans into quarter-hour slots and back without losing a minute', () => {
    const spans = toUtcSpans([{ day: 6, start: '23:00', end: '24:00' }, { day: 2, start: '09:15', end: '10:45' }], 60);
    expect(slotSpans(toSlotSet(spans))).toEqual(spans);
  });

  it('names the parts of the member day the shared time falls in', () => {
    expect(periodsOf([[18 * 60, 20 * 60]], 0)).toEqual(['evenings']);
    expect(periodsOf([[18 * 60, 20 * 60]], -300)).toEqual(['afternoons']);
  });
});

describe('ranking', () => {
  it('applies every hard rule', () => {
    expect(brokenRule(need(), candidate('member'))).toBe('excluded');
    expect(brokenRule(need({ excluded: new Set(['s']) }), candidate('s'))).toBe('excluded');
    expect(brokenRule(need(), candidate('s', { load: 5 }))).toBe('capacity');
    expect(brokenRule(need({ languages: ['es'] }), candidate('s'))).toBe('languages');
    expect(brokenRule(need({ supporterIdentities: ['woman'] }), candidate('s'))).toBe('supporterIdentities');
    expect(brokenRule(need({ supporterIdentities: ['woman', 'nonbinary'] }), candidate('s', { identities: ['nonbinary'] }))).toBeNull();
    expect(brokenRule(need({ meetingModes: ['video'] }), candidate('s'))).toBe('meetingModes');
    expect(brokenRule(need(), candidate('s'))).toBeNull();
  });

  it('prefers shared lived experience, the primary topic most, and explains why', () => {
    const member = need({
      topics: ['anxiety', 'postpartum'], primaryTopic: 'postpartum', languages: ['es', 'en'], communities: ['parent'], interests: ['hiking'],
      availability: toUtcSpans([{ day: 2, start: '18:00', end: '22:00' }], 0),
    });
    const best = candidate('best', {
      topics: ['anxiety', 'postpartum'], languages: ['es'], identities: ['parent'], interests: ['hiking'],
      availability: toUtcSpans([{ day: 2, start: '19:00', end: '23:00' }], 0),
    });
    const anxietyOnly = candidate('anxiety-only', { languages: ['en'] });
    const [first, second] = rank(member, buildIndex([anxietyOnly, best]), DEFAULT_MATCHING_WEIGHTS, NOW, 5);
    expect(first!.userId).toBe('best');
    expect(second!.userId).toBe('anxiety-only');
    expect(first!.reasons).toEqual([
      { kind: 'topics', topics: ['anxiety', 'postpartum'], primary: true },
      { kind: 'languages', languages: ['es'] },
      { kind: 'communities', communities: ['parent'] },
      { kind: 'availability', minutesPerWeek: 180, periods: ['evenings'] },
      { kind: 'interests', interests: ['hiking'] },
      { kind: 'meeting', modes: ['text'] },
    ]);
  });

  it('spreads the load and favours supporters who have waited longest', () => {
    const busy = candidate('busy', { load: 4 });
    const free = candidate('free', { load: 0 });
    expect(rank(need(), buildIndex([busy, free]), DEFAULT_MATCHING_WEIGHTS, NOW, 5).map((r) => r.userId)).toEqual(['free', 'busy']);
    const waited = candidate('waited', { waitingSinceMs: NOW - 20 * DAY });
    const fresh = candidate('fresh');
    expect(rank(need(), buildIndex([fresh, waited]), DEFAULT_MATCHING_WEIGHTS, NOW, 5).map((r) => r.userId)).toEqual(['waited', 'fresh']);
  });

  it('pages through the same order the full sort would give', () => {
    const many = Array.from({ length: 40 }, (_, i) => candidate(`s${String(i).padStart(2, '0')}`, { load: i % 5, waitingSinceMs: NOW - (i % 7) * DAY }));
    const index = buildIndex(many);
    const all = rank(need(), index, DEFAULT_MATCHING_WEIGHTS, NOW, 40).map((r) => r.userId);
    const pages = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((page) => rank(need(), index, DEFAULT_MATCHING_WEIGHTS, NOW, 5, page * 5).map((r) => r.userId));
    expect(pages).toEqual(all);
    expect(new Set(all).size).toBe(40);
  });

  it('returns at most the limit, pages on, and offers relaxations when nobody fits', () => {
    const many = Array.from({ length: 12 }, (_, i) => candidate(`s${String(i).padStart(2, '0')}`));
    expect(rank(need(), buildIndex(many), DEFAULT_MATCHING_WEIGHTS, NOW, 5)).toHaveLength(5);
    expect(rank(need(), buildIndex(many), DEFAULT_MATCHING_WEIGHTS, NOW, 5, 10)).toHaveLength(2);
    const picky = need({ supporterIdentities: ['veteran'], meetingModes: ['in_person'] });
    expect(rank(picky, buildIndex(many), DEFAULT_MATCHING_WEIGHTS, NOW, 5)).toEqual([]);
    expect(relaxOptions(picky, buildIndex([...many, candidate('vet', { identities: ['veteran'] })]))).toEqual([{ preference: 'meetingModes', wouldFind: 1 }]);
  });
});
