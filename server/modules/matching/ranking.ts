import type { MatchingWeights, MatchReason } from '../../../shared/contracts/matching.js';
import type { MeetingMode } from '../../../shared/vocabularies/profile-values.js';
import { overlaps, periodsOf, totalMinutes, type WeekSpan } from './week-time.js';

/** A supporter as the ranking sees them: only what they allow to be used for matching, precomputed. */
export interface Candidate {
  userId: string;
  /** Primary language subtags, e.g. "es" for "es-MX". */
  languages: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  /** Lower-cased self-described identities and communities they share with members. */
  identities: ReadonlySet<string>;
  meetingModes: ReadonlySet<MeetingMode>;
  availability: readonly WeekSpan[];
  interests: ReadonlySet<string>;
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

export const DEFAULT_WEIGHTS: MatchingWeights = {
  sharedTopic: 3,
  primaryTopic: 4,
  community: 2,
  availabilityHour: 0.5,
  interest: 1,
  spareCapacity: 2,
  waitingDay: 0.1,
  offerHours: 48,
};

const MAX_COUNTED_HOURS = 10;
const MAX_COUNTED_INTERESTS = 3;
const MAX_COUNTED_WAITING_DAYS = 30;
const DAY_MS = 86_400_000;

export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

function intersect<T>(wanted: readonly T[], offered: ReadonlySet<T>): T[] {
  return wanted.filter((item) => offered.has(item));
}

/** The first hard rule the candidate breaks, or null when they may be suggested at all. */
export function brokenRule(need: Need, candidate: Candidate, ignore: ReadonlySet<HardRule> = new Set()): HardRule | null {
  if (candidate.userId === need.memberId || need.excluded.has(candidate.userId)) return 'excluded';
  if (candidate.load >= candidate.capacity) return 'capacity';
  if (!ignore.has('languages') && !need.languages.some((language) => candidate.languages.has(language))) return 'languages';
  if (!ignore.has('supporterIdentities') && need.supporterIdentities.length > 0 && !need.supporterIdentities.some((identity) => candidate.identities.has(identity))) {
    return 'supporterIdentities';
  }
  if (!ignore.has('meetingModes') && !need.meetingModes.some((mode) => candidate.meetingModes.has(mode))) return 'meetingModes';
  return null;
}

export function scoreCandidate(need: Need, candidate: Candidate, weights: MatchingWeights, nowMs: number): Ranked {
  const reasons: MatchReason[] = [];
  let score = 0;

  const topics = intersect(need.topics, candidate.topics);
  const sharesPrimary = need.primaryTopic !== null && candidate.topics.has(need.primaryTopic);
  score += topics.length * weights.sharedTopic + (sharesPrimary ? weights.primaryTopic : 0);
  if (topics.length) reasons.push({ kind: 'topics', topics, primary: sharesPrimary });

  const languages = intersect(need.languages, candidate.languages);
  if (languages.length) reasons.push({ kind: 'languages', languages });

  const identities = intersect(need.supporterIdentities, candidate.identities);
  if (identities.length) reasons.push({ kind: 'identities', identities });

  const communities = intersect(need.communities, candidate.identities);
  score += communities.length * weights.community;
  if (communities.length) reasons.push({ kind: 'communities', communities });

  const shared = overlaps(need.availability, candidate.availability);
  const minutes = totalMinutes(shared);
  score += Math.min(minutes / 60, MAX_COUNTED_HOURS) * weights.availabilityHour;
  if (minutes > 0) reasons.push({ kind: 'availability', minutesPerWeek: minutes, periods: periodsOf(shared, need.memberOffsetMinutes) });

  const interests = intersect(need.interests, candidate.interests);
  score += Math.min(interests.length, MAX_COUNTED_INTERESTS) * weights.interest;
  if (interests.length) reasons.push({ kind: 'interests', interests });

  const modes = intersect(need.meetingModes, candidate.meetingModes);
  if (modes.length) reasons.push({ kind: 'meeting', modes });

  score += ((candidate.capacity - candidate.load) / candidate.capacity) * weights.spareCapacity;
  score += Math.min((nowMs - candidate.waitingSinceMs) / DAY_MS, MAX_COUNTED_WAITING_DAYS) * weights.waitingDay;

  return { userId: candidate.userId, score: Math.round(score * 1000) / 1000, reasons };
}

/** Best first; ties go to the supporter who has waited longest, so nobody is passed over by accident of order. */
export function rank(need: Need, candidates: readonly Candidate[], weights: MatchingWeights, nowMs: number, limit: number, offset = 0): Ranked[] {
  const eligible: Array<{ ranked: Ranked; waitingSinceMs: number }> = [];
  for (const candidate of candidates) {
    if (brokenRule(need, candidate) === null) eligible.push({ ranked: scoreCandidate(need, candidate, weights, nowMs), waitingSinceMs: candidate.waitingSinceMs });
  }
  eligible.sort((a, b) => b.ranked.score - a.ranked.score || a.waitingSinceMs - b.waitingSinceMs || (a.ranked.userId < b.ranked.userId ? -1 : 1));
  return eligible.slice(offset, offset + limit).map((entry) => entry.ranked);
}

/** For a request nobody can meet: how many supporters each relaxed preference would open up. */
export function relaxOptions(need: Need, candidates: readonly Candidate[]): Array<{ preference: Exclude<HardRule, 'capacity' | 'excluded'>; wouldFind: number }> {
  const preferences = ['supporterIdentities', 'meetingModes', 'languages'] as const;
  return preferences
    .map((preference) => ({
      preference,
      wouldFind: candidates.filter((candidate) => brokenRule(need, candidate, new Set<HardRule>([preference])) === null).length,
    }))
    .filter((option) => option.wouldFind > 0);
}
