import type { Kysely } from 'kysely';

/** List-valued profile fields are JSON text so one schema serves SQLite and PostgreSQL. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('profiles')
    .addColumn('user_id', 'text', (col) => col.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('first_name', 'text')
    .addColumn('pronouns', 'text')
    .addColumn('age_range', 'text')
    .addColumn('country', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('languages', 'text', (col) => col.notNull())
    .addColumn('topics', 'text', (col) => col.notNull())
    .addColumn('interests', 'text', (col) => col.notNull())
    .addColumn('identities', 'text', (col) => col.notNull())
    .addColumn('meeting_modes', 'text', (col) => col.notNull())
    .addColumn('availability', 'text', (col) => col.notNull())
    .addColumn('visibility', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('supporter_profiles')
    .addColumn('user_id', 'text', (col) => col.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('story', 'text')
    .addColumn('story_visibility', 'text', (col) => col.notNull())
    .addColumn('support_topics', 'text', (col) => col.notNull())
    .addColumn('capacity', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('accepting_new', 'integer', (col) => col.notNull())
    .addColumn('training_completed_at', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('supporter_profiles_status_idx').on('supporter_profiles').column('status').execute();

  await db.schema
    .createTable('supporter_applications')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('story', 'text', (col) => col.notNull())
    .addColumn('motivation', 'text', (col) => col.notNull())
    .addColumn('support_topics', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('submitted_at', 'text', (col) => col.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('decision_note', 'text')
    .execute();
  await db.schema.createIndex('supporter_applications_status_idx').on('supporter_applications').columns(['status', 'submitted_at']).execute();
  await db.schema.createIndex('supporter_applications_user_idx').on('supporter_applications').column('user_id').execute();

  await db.schema
    .createTable('topics')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('label_en', 'text', (col) => col.notNull())
    .addColumn('label_es', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('topics').execute();
  await db.schema.dropTable('supporter_applications').execute();
  await db.schema.dropTable('supporter_profiles').execute();
  await db.schema.dropTable('profiles').execute();
}
