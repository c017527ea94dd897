import { canSee } from '../../../shared/vocabularies/profile-values.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { Profile } from './profile.model.js';
import { profilesRepo } from './profiles.repo.js';

/**
 * What matching may use about a supporter. Topics they offer to support are always usable; lived
 * experience, identities and interests only when shared with members, because suggestions explain
 * themselves to members in those words.
 */
export interface SupporterFacts {
  userId: string;
  handle: string;
  story: string | null;
  languages: string[];
  topics: string[];
  identities: string[];
  interests: string[];
  meetingModes: Profile['meetingModes'];
  availability: Profile['availability'];
  timeZone: string | null;
  capacity: number;
  activeRelationships: number;
  pendingOffers: number;
  waitingSince: string;
}

function shared<T>(profile: Profile, field: 'topics' | 'identities' | 'interests', values: T[]): T[] {
  return canSee(profile.visibility[field], 'members') ? values : [];
}

/** Supporters who may take someone new: active, trained, accepting, and (when asked) one person. */
export async function availableSupporterFacts(db: DbExecutor, nowIso: string, onlyUserId?: string): Promise<SupporterFacts[]> {
  const rows = await profilesRepo.matchableSupporters(db, nowIso, onlyUserId);
  return rows.map(({ row, profile, supporter }) => ({
    userId: row.user_id,
    handle: row.handle,
    story: canSee(supporter.storyVisibility, 'members') ? supporter.story : null,
    languages: profile.languages,
    topics: [...new Set([...supporter.supportTopics, ...shared(profile, 'topics', profile.topics)])],
    identities: shared(profile, 'identities', profile.identities),
    interests: shared(profile, 'interests', profile.interests),
    meetingModes: profile.meetingModes,
    availability: profile.availability,
    timeZone: profile.timeZone,
    capacity: supporter.capacity,
    activeRelationships: row.active_relationships,
    pendingOffers: Number(row.pending_offers),
    waitingSince: row.last_matched_at ?? supporter.trainingCompletedAt ?? row.updated_at,
  }));
}

/** The member's own profile facts: all of them, since they are used only for that member's request. */
export function memberFacts(db: DbExecutor, userId: string): Promise<Profile> {
  return profilesRepo.find(db, userId);
}

/**
 * Takes one of the supporter's places in a single guarded UPDATE, so concurrent accepts can never
 * push anyone past their capacity on either database.
 */
export async function reserveSupporterSlot(db: DbExecutor, supporterId: string, at: string): Promise<boolean> {
  return profilesRepo.incrementActive(db, supporterId, at);
}

export async function releaseSupporterSlot(db: DbExecutor, supporterId: string): Promise<void> {
  await profilesRepo.decrementActive(db, supporterId);
}
