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

function toSupporterProfile(row: SupporterProfilesTable): SupporterProfile {
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
