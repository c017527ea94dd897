import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { ProfilesTable, SupporterProfilesTable } from '../../platform/db/schema.js';
import { EMPTY_PROFILE, type Profile, type SupporterProfile } from './profile.model.js';

function toProfile(row: ProfilesTable): Profile {
  return {
    firstName: row.first_name,
    pronouns: row.pronouns,
    ageRange: row.age_range as Profile['ageRange'],
    country: row.country,
    timeZone: row.time_zone,
    languages: JSON.parse(row.languages),
    topics: JSON.parse(row.topics),
    interests: JSON.parse(row.interests),
    identities: JSON.parse(row.identities),
    meetingModes: JSON.parse(row.meeting_modes),
    availability: JSON.parse(row.availability),
    visibility: { ...EMPTY_PROFILE.visibility, ...JSON.parse(row.visibility) },
  };
}

function toSupporterProfile(row: Selectable<SupporterProfilesTable>): SupporterProfile {
  return {
    story: row.story,
    storyVisibility: row.story_visibility as SupporterProfile['storyVisibility'],
    supportTopics: JSON.parse(row.support_topics),
    capacity: row.capacity,
    status: row.status as SupporterProfile['status'],
    acceptingNew: row.accepting_new === 1,
    trainingCompletedAt: row.training_completed_at,
  };
}

export const profilesRepo = {
  async find(db: DbExecutor, userId: string): Promise<Profile> {
    const row = await db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
    return row ? toProfile(row) : EMPTY_PROFILE;
  },

  async save(db: DbExecutor, userId: string, profile: Profile, at: string): Promise<void> {
    const values = {
      first_name: profile.firstName,
      pronouns: profile.pronouns,
      age_range: profile.ageRange,
      country: profile.country,
      time_zone: profile.timeZone,
      languages: JSON.stringify(profile.languages),
      topics: JSON.stringify(profile.topics),
      interests: JSON.stringify(profile.interests),
      identities: JSON.stringify(profile.identities),
      meeting_modes: JSON.stringify(profile.meetingModes),
      availability: JSON.stringify(profile.availability),
      visibility: JSON.stringify(profile.visibility),
      updated_at: at,
    };
    await db
      .insertInto('profiles')
      .values({ user_id: userId, ...values })
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
      .execute();
  },

  async findSupporter(db: DbExecutor, userId: string): Promise<SupporterProfile | null> {
    const row = await db.selectFrom('supporter_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
    return row ? toSupporterProfile(row) : null;
  },

  async saveSupporter(db: DbExecutor, userId: string, supporter: SupporterProfile, at: string): Promise<void> {
    const values = {
      story: supporter.story,
      story_visibility: supporter.storyVisibility,
      support_topics: JSON.stringify(supporter.supportTopics),
      capacity: supporter.capacity,
      status: supporter.status,
      accepting_new: supporter.acceptingNew ? 1 : 0,
      training_completed_at: supporter.trainingCompletedAt,
      updated_at: at,
    };
    await db
      .insertInto('supporter_profiles')
      .values({ user_id: userId, ...values })
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
      .execute();
  },

  /** One row per supporter who can take someone new, with their profile and pending offers counted. */
  async matchableSupporters(db: DbExecutor, nowIso: string, onlyUserId?: string) {
    let query = db
      .selectFrom('supporter_profiles')
      .innerJoin('users', 'users.id', 'supporter_profiles.user_id')
      .leftJoin('profiles', 'profiles.user_id', 'supporter_profiles.user_id')
      .selectAll('supporter_profiles')
      .select(['users.handle'])
      .select([
        'profiles.first_name', 'profiles.pronouns', 'profiles.age_range', 'profiles.country', 'profiles.time_zone', 'profiles.languages',
        'profiles.topics', 'profiles.interests', 'profiles.identities', 'profiles.meeting_modes', 'profiles.availability', 'profiles.visibility',
      ])
      .select((eb) =>
        eb
          .selectFrom('match_offers')
          .select((inner) => inner.fn.countAll<number | string>().as('n'))
          .whereRef('match_offers.supporter_id', '=', 'supporter_profiles.user_id')
          .where('match_offers.status', 'in', ['pending', 'proposed'])
          .where('match_offers.expires_at', '>', nowIso)
          .as('pending_offers'),
      )
      .where('supporter_profiles.status', '=', 'active')
      .where('supporter_profiles.accepting_new', '=', 1)
      .where('supporter_profiles.training_completed_at', 'is not', null)
      .whereRef('supporter_profiles.active_relationships', '<', 'supporter_profiles.capacity');
    if (onlyUserId) query = query.where('supporter_profiles.user_id', '=', onlyUserId);
    const rows = await query.execute();
    return rows.map((row) => ({
      row: { ...row, pending_offers: row.pending_offers ?? 0 },
      supporter: toSupporterProfile(row),
      profile: row.languages === null ? EMPTY_PROFILE : toProfile({ ...row, user_id: row.user_id, updated_at: row.updated_at } as ProfilesTable),
    }));
  },

  async incrementActive(db: DbExecutor, userId: string, at: string): Promise<boolean> {
    const result = await db
      .updateTable('supporter_profiles')
      .set((eb) => ({ active_relationships: eb('active_relationships', '+', 1), last_matched_at: at }))
      .where('user_id', '=', userId)
      .where('status', '=', 'active')
      .whereRef('active_relationships', '<', 'capacity')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async decrementActive(db: DbExecutor, userId: string): Promise<void> {
    await db
      .updateTable('supporter_profiles')
      .set((eb) => ({ active_relationships: eb('active_relationships', '-', 1) }))
      .where('user_id', '=', userId)
      .where('active_relationships', '>', 0)
      .execute();
  },

  async rawRows(db: DbExecutor, userId: string) {
    return {
      profile: await db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirst(),
      supporter: await db.selectFrom('supporter_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    };
  },

  async erase(db: DbExecutor, userId: string): Promise<void> {
    await db.deleteFrom('supporter_profiles').where('user_id', '=', userId).execute();
    await db.deleteFrom('profiles').where('user_id', '=', userId).execute();
  },

  listSupporters(db: DbExecutor) {
    return db
      .selectFrom('supporter_profiles')
      .innerJoin('users', 'users.id', 'supporter_profiles.user_id')
      .select(['users.id as user_id', 'users.handle'])
      .selectAll('supporter_profiles')
      .orderBy('users.handle_key')
      .execute()
      .then((rows) => rows.map((row) => ({ userId: row.user_id, handle: row.handle, ...toSupporterProfile(row) })));
  },
};
