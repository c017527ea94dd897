import type { Clock } from '../../platform/clock.js';
import type { Db, DbExecutor } from '../../platform/db/connect.js';
import { availableSupporterFacts, type SupporterFacts } from '../profiles/index.js';
import { buildIndex, type MatchIndex, primaryLanguage, type SupporterTraits } from './ranking.js';
import { toUtcSpans, utcOffsetMinutes } from './week-time.js';

export interface PoolSnapshot {
  index: MatchIndex;
  facts: ReadonlyMap<string, SupporterFacts>;
}

export function toTraits(facts: SupporterFacts, at: Date): SupporterTraits {
  const lower = (values: string[]) => values.map((value) => value.toLowerCase());
  return {
    userId: facts.userId,
    languages: [...new Set(facts.languages.map(primaryLanguage))],
    topics: facts.topics,
    identities: lower(facts.identities),
    meetingModes: facts.meetingModes,
    availability: toUtcSpans(facts.availability, utcOffsetMinutes(facts.timeZone ?? 'UTC', at)),
    interests: lower(facts.interests),
    capacity: facts.capacity,
    load: facts.activeRelationships + facts.pendingOffers,
    waitingSinceMs: Date.parse(facts.waitingSince),
  };
}

/**
 * Supporters who can take someone new, held in memory so one request ranks against a large program in
 * milliseconds. A snapshot older than `maxAgeMs` is reloaded before use, so suggestions are never more
 * than a few seconds behind; every decision re-checks the database.
 */
export function createCandidatePool(db: Db, clock: Clock, maxAgeMs = 5_000) {
  let snapshot: (PoolSnapshot & { loadedAt: number }) | null = null;
  let refreshing: Promise<PoolSnapshot> | null = null;

  async function load(): Promise<PoolSnapshot> {
    const at = clock.now();
    const all = await availableSupporterFacts(db, at.toISOString());
    snapshot = { loadedAt: Date.now(), index: buildIndex(all.map((facts) => toTraits(facts, at))), facts: new Map(all.map((facts) => [facts.userId, facts])) };
    return snapshot;
  }

  function refresh(): Promise<PoolSnapshot> {
    refreshing ??= load().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  return {
    async snapshot(): Promise<PoolSnapshot> {
      if (!snapshot || Date.now() - snapshot.loadedAt > maxAgeMs) return refresh();
      return snapshot;
    },

    /** The supporter as the database says now, or null when they cannot take anyone new. */
    async fresh(executor: DbExecutor, supporterId: string): Promise<SupporterTraits | null> {
      const at = clock.now();
      const [facts] = await availableSupporterFacts(executor, at.toISOString(), supporterId);
      return facts ? toTraits(facts, at) : null;
    },

    /** After a change this node made, the next read waits for current data. */
    invalidate(): void {
      snapshot = null;
    },
  };
}

export type CandidatePool = ReturnType<typeof createCandidatePool>;
