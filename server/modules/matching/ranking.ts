import { DEFAULT_MATCHING_WEIGHTS, type MatchingWeights, type MatchReason } from '../../../shared/contracts/matching.js';
import { MEETING_MODES, type MeetingMode } from '../../../shared/vocabularies/profile-values.js';
import { anyShared, hasBit, popcount32, sharedCount, Vocabulary } from './bitsets.js';
import { periodsOf, SLOT_MINUTES, slotSpans, toSlotSet, type WeekSpan } from './week-time.js';

/** A supporter as matching sees them: only what they allow to be used, in comparable form. */
export interface SupporterTraits {
  userId: string;
  /** Primary language subtags, e.g. "es" for "es-MX". */
  languages: readonly string[];
  topics: readonly string[];
  /** Lower-cased self-described identities and communities they share with members. */
  identities: readonly string[];
  meetingModes: readonly MeetingMode[];
  availability: readonly WeekSpan[];
  interests: readonly string[];
  capacity: number;
  load: number;
  waitingSinceMs: number;
}

export interface Need {
  memberId: string;
  topics: readonly string[];
  primaryTopic: string | null;
  languages: readonly string[];
  supporterIdentities: readonly string[];
  communities: readonly string[];
  meetingModes: readonly MeetingMode[];
  availability: readonly WeekSpan[];
  memberOffsetMinutes: number;
  interests: readonly string[];
  /** Supporters who blocked the member or whom the member blocked, and ones already tried. */
  excluded: ReadonlySet<string>;
}

export interface Ranked {
  userId: string;
  score: number;
  reasons: MatchReason[];
}

export type HardRule = 'languages' | 'supporterIdentities' | 'meetingModes' | 'capacity' | 'excluded';


const MAX_COUNTED_HOURS = 10;
const MAX_COUNTED_INTERESTS = 3;
const MAX_COUNTED_WAITING_DAYS = 30;
const DAY_MS = 86_400_000;

export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

function modeBits(modes: readonly MeetingMode[]): number {
  return modes.reduce((bits, mode) => bits | (1 << MEETING_MODES.indexOf(mode)), 0);
}

interface Indexed {
  traits: SupporterTraits;
  languages: Uint32Array;
  topics: Uint32Array;
  identities: Uint32Array;
  modes: number;
  availability: Uint32Array;
  /** Which words of `availability` have any bit set: most people are free a few hours a week. */
  availabilityWords: Uint8Array;
  interests: Uint32Array;
}

function nonZeroWords(set: Uint32Array): Uint8Array {
  return Uint8Array.from([...set.keys()].filter((i) => set[i] !== 0));
}

function sharedSlots(need: Uint32Array, candidate: Indexed): number {
  let count = 0;
  for (const word of candidate.availabilityWords) count += popcount32(need[word]! & candidate.availability[word]!);
  return count;
}

/** Supporters with their traits as bit sets, built once per snapshot and ranked against many requests. */
export interface MatchIndex {
  languages: Vocabulary;
  topics: Vocabulary;
  identities: Vocabulary;
  interests: Vocabulary;
  candidates: Indexed[];
}

export function buildIndex(supporters: readonly SupporterTraits[]): MatchIndex {
  const vocabulary = (field: 'languages' | 'topics' | 'identities' | 'interests') => new Vocabulary(supporters.flatMap((s) => s[field]));
  const index = { languages: vocabulary('languages'), topics: vocabulary('topics'), identities: vocabulary('identities'), interests: vocabulary('interests') };
  return {
    ...index,
    candidates: supporters.map((traits) => {
      const availability = toSlotSet(traits.availability);
      return {
        traits,
        languages: index.languages.set(traits.languages),
        topics: index.topics.set(traits.topics),
        identities: index.identities.set(traits.identities),
        modes: modeBits(traits.meetingModes),
        availability,
        availabilityWords: nonZeroWords(availability),
        interests: index.interests.set(traits.interests),
      };
    }),
  };
}

interface CompiledNeed {
  need: Need;
  languages: Uint32Array;
  topics: Uint32Array;
  primaryBit: number;
  identities: Uint32Array;
  communities: Uint32Array;
  modes: number;
  availability: Uint32Array;
  interests: Uint32Array;
}

function compile(need: Need, index: MatchIndex): CompiledNeed {
  return {
    need,
    languages: index.languages.set(need.languages),
    topics: index.topics.set(need.topics),
    primaryBit: need.primaryTopic ? index.topics.bit(need.primaryTopic) : -1,
    identities: index.identities.set(need.supporterIdentities),
    communities: index.identities.set(need.communities),
    modes: modeBits(need.meetingModes),
    availability: toSlotSet(need.availability),
    interests: index.interests.set(need.interests),
  };
}

function broken(c: CompiledNeed, candidate: Indexed, ignore: HardRule | null): HardRule | null {
  const { traits } = candidate;
  if (traits.userId === c.need.memberId || c.need.excluded.has(traits.userId)) return 'excluded';
  if (traits.load >= traits.capacity) return 'capacity';
  if (ignore !== 'languages' && !anyShared(c.languages, candidate.languages)) return 'languages';
  if (ignore !== 'supporterIdentities' && c.need.supporterIdentities.length > 0 && !anyShared(c.identities, candidate.identities)) {
    return 'supporterIdentities';
  }
  if (ignore !== 'meetingModes' && (c.modes & candidate.modes) === 0) return 'meetingModes';
  return null;
}

function score(c: CompiledNeed, candidate: Indexed, weights: MatchingWeights, nowMs: number): number {
  const { traits } = candidate;
  const topics = sharedCount(c.topics, candidate.topics);
  const primary = hasBit(candidate.topics, c.primaryBit) ? weights.primaryTopic : 0;
  const communities = sharedCount(c.communities, candidate.identities);
  const hours = (sharedSlots(c.availability, candidate) * SLOT_MINUTES) / 60;
  const interests = sharedCount(c.interests, candidate.interests);
  const waitingDays = (nowMs - traits.waitingSinceMs) / DAY_MS;
  const total =
    topics * weights.sharedTopic +
    primary +
    communities * weights.community +
    Math.min(hours, MAX_COUNTED_HOURS) * weights.availabilityHour +
    Math.min(interests, MAX_COUNTED_INTERESTS) * weights.interest +
    ((traits.capacity - traits.load) / traits.capacity) * weights.spareCapacity +
    Math.min(waitingDays, MAX_COUNTED_WAITING_DAYS) * weights.waitingDay;
  return Math.round(total * 1000) / 1000;
}

function explain(c: CompiledNeed, candidate: Indexed, index: MatchIndex): MatchReason[] {
  const { need } = c;
  const reasons: MatchReason[] = [];
  const topics = index.topics.pick(need.topics, candidate.topics);
  if (topics.length) reasons.push({ kind: 'topics', topics, primary: hasBit(candidate.topics, c.primaryBit) });
  const languages = index.languages.pick(need.languages, candidate.languages);
  if (languages.length) reasons.push({ kind: 'languages', languages });
  const identities = index.identities.pick(need.supporterIdentities, candidate.identities);
  if (identities.length) reasons.push({ kind: 'identities', identities });
  const communities = index.identities.pick(need.communities, candidate.identities);
  if (communities.length) reasons.push({ kind: 'communities', communities });
  const shared = c.availability.map((word, i) => word & candidate.availability[i]!);
  const minutes = shared.reduce((sum, word) => sum + popcount32(word), 0) * SLOT_MINUTES;
  if (minutes > 0) reasons.push({ kind: 'availability', minutesPerWeek: minutes, periods: periodsOf(slotSpans(shared), need.memberOffsetMinutes) });
  const interests = index.interests.pick(need.interests, candidate.interests);
  if (interests.length) reasons.push({ kind: 'interests', interests });
  const modes = need.meetingModes.filter((mode) => candidate.traits.meetingModes.includes(mode));
  if (modes.length) reasons.push({ kind: 'meeting', modes });
  return reasons;
}

interface Scored {
  candidate: Indexed;
  score: number;
}

/** Best first; ties go to the supporter who has waited longest, then by id, so order never depends on luck. */
function before(a: Scored, b: Scored): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.candidate.traits.waitingSinceMs !== b.candidate.traits.waitingSinceMs) return a.candidate.traits.waitingSinceMs < b.candidate.traits.waitingSinceMs;
  return a.candidate.traits.userId < b.candidate.traits.userId;
}

/** Keeps only the best `offset + limit` while scanning, so ranking a large programme sorts almost nothing. */
export function rank(need: Need, index: MatchIndex, weights: MatchingWeights, nowMs: number, limit: number, offset = 0): Ranked[] {
  const compiled = compile(need, index);
  const keep = offset + limit;
  const best: Scored[] = [];
  for (const candidate of index.candidates) {
    if (broken(compiled, candidate, null) !== null) continue;
    const entry = { candidate, score: score(compiled, candidate, weights, nowMs) };
    if (best.length === keep && !before(entry, best[keep - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]!)) at -= 1;
    best.splice(at, 0, entry);
    if (best.length > keep) best.pop();
  }
  return best.slice(offset).map(({ candidate, score: value }) => ({
    userId: candidate.traits.userId,
    score: value,
    reasons: explain(compiled, candidate, index),
  }));
}

/** The hard rule one supporter breaks for this need, or null when they may be suggested. */
export function brokenRule(need: Need, supporter: SupporterTraits): HardRule | null {
  const index = buildIndex([supporter]);
  return broken(compile(need, index), index.candidates[0]!, null);
}

/** For a request nobody can meet: how many supporters each relaxed preference would open up. */
export function relaxOptions(need: Need, index: MatchIndex): Array<{ preference: 'supporterIdentities' | 'meetingModes' | 'languages'; wouldFind: number }> {
  const compiled = compile(need, index);
  return (['supporterIdentities', 'meetingModes', 'languages'] as const)
    .map((preference) => ({ preference, wouldFind: index.candidates.filter((candidate) => broken(compiled, candidate, preference) === null).length }))
    .filter((option) => option.wouldFind > 0);
}

/** Every member against every supporter, in thousandths of a point; -1 where a hard rule is broken. */
export function scoreMatrix(needs: readonly Need[], index: MatchIndex, weights: MatchingWeights, nowMs: number): Int32Array {
  const supporters = index.candidates.length;
  const columnOf = new Map(index.candidates.map((candidate, column) => [candidate.traits.userId, column]));
  const matrix = new Int32Array(needs.length * supporters);
  const excludedColumns = new Uint8Array(supporters);
  needs.forEach((need, row) => {
    const compiled = compile(need, index);
    // Exclusions are few per member; marking their columns once avoids a string lookup per pair.
    const marked = [need.memberId, ...need.excluded].flatMap((userId) => (columnOf.has(userId) ? [columnOf.get(userId)!] : []));
    for (const column of marked) excludedColumns[column] = 1;
    const wantsIdentity = need.supporterIdentities.length > 0;
    for (let column = 0; column < supporters; column += 1) {
      const candidate = index.candidates[column]!;
      const allowed =
        excludedColumns[column] === 0 &&
        (compiled.modes & candidate.modes) !== 0 &&
        anyShared(compiled.languages, candidate.languages) &&
        (!wantsIdentity || anyShared(compiled.identities, candidate.identities));
      matrix[row * supporters + column] = allowed ? Math.round(score(compiled, candidate, weights, nowMs) * 1000) : -1;
    }
    for (const column of marked) excludedColumns[column] = 0;
  });
  return matrix;
}
