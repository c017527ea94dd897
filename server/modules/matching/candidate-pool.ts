import type { Clock } from '../../platform/clock.js';
import type { Db, DbExecutor } from '../../platform/db/connect.js';
import { availableSupporterFacts, type SupporterFacts } from '../profiles/index.js';
import { type Candidate, primaryLanguage } from './ranking.js';
import { toUtcSpans, utcOffsetMinutes } from './week-time.js';

export interface PooledCandidate extends Candidate {
  facts: SupporterFacts;
}

function toCandidate(facts: SupporterFacts, at: Date): PooledCandidate {
  const lower = (values: string[]) => new Set(values.map((value) => value.toLowerCase()));
  return {
    userId: facts.userId,
    languages: new Set(facts.languages.map(primaryLanguage)),
    topics: new Set(facts.topics),
    identities: lower(facts.identities),
    meetingModes: new Set(facts.meetingModes),
    availability: toUtcSpans(facts.availability, utcOffsetMinutes(facts.timeZone ?? 'UTC', at)),
    interests: lower(facts.interests),
    capacity: facts.capacity,
    load: facts.activeRelationships + facts.pendingOffers,
    waitingSinceMs: Date.parse(facts.waitingSince),
    facts,
  };
}

/**
 * Supporters who can take someone new, held in memory so one request ranks against a large program in
 * milliseconds. Reads may be a few seconds stale; every decision re-checks the database.
 */
export function createCandidatePool(db: Db, clock: Clock, maxAgeMs = 5_000) {
  let snapshot: { loadedAt: number; candidates: PooledCandidate[] } | null = null;
  let refreshing: Promise<PooledCandidate[]> | null = null;

  async function load(): Promise<PooledCandidate[]> {
    const at = clock.now();
    const candidates = (await availableSupporterFacts(db, at.toISOString())).map((facts) => toCandidate(facts, at));
    snapshot = { loadedAt: Date.now(), candidates };
    return candidates;
  }

  function refresh(): Promise<PooledCandidate[]> {
    refreshing ??= load().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  return {
    async all(): Promise<PooledCandidate[]> {
      if (!snapshot) return refresh();
      if (Date.now() - snapshot.loadedAt > maxAgeMs) void refresh();
      return snapshot.candidates;
    },

    /** The supporter as the database says now, or null when they cannot take anyone new. */
    async fresh(executor: DbExecutor, supporterId: string): Promise<PooledCandidate | null> {
      const at = clock.now();
      const [facts] = await availableSupporterFacts(executor, at.toISOString(), supporterId);
      return facts ? toCandidate(facts, at) : null;
    },

    /** After a change this node made, the next read waits for current data. */
    invalidate(): void {
      snapshot = null;
    },
  };
}

export type CandidatePool = ReturnType<typeof createCandidatePool>;
