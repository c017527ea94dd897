import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A counter updated with a guarded UPDATE is how capacity holds under concurrent accepts on both databases.
  await db.schema.alterTable('supporter_profiles').addColumn('active_relationships', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('supporter_profiles').addColumn('last_matched_at', 'text').execute();

  await db.schema
    .createTable('support_requests')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('member_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('topics', 'text', (col) => col.notNull())
    .addColumn('primary_topic', 'text')
    .addColumn('note', 'text')
    .addColumn('languages', 'text', (col) => col.notNull())
    .addColumn('supporter_identities', 'text', (col) => col.notNull())
    .addColumn('communities', 'text', (col) => col.notNull())
    .addColumn('meeting_modes', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('support_requests_member_idx').on('support_requests').columns(['member_id', 'status']).execute();
  await db.schema.createIndex('support_requests_status_idx').on('support_requests').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('match_offers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('request_id', 'text', (col) => col.notNull().references('support_requests.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('supporter_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('reasons', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('responded_at', 'text')
    .addColumn('decline_reason', 'text')
    .execute();
  await db.schema.createIndex('match_offers_supporter_idx').on('match_offers').columns(['supporter_id', 'status']).execute();
  await db.schema.createIndex('match_offers_request_idx').on('match_offers').column('request_id').execute();

  await db.schema
    .createTable('support_relationships')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('member_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('supporter_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('offer_id', 'text', (col) => col.references('match_offers.id').onDelete('set null'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema.createIndex('support_relationships_member_idx').on('support_relationships').columns(['member_id', 'status']).execute();
  await db.schema.createIndex('support_relationships_supporter_idx').on('support_relationships').columns(['supporter_id', 'status']).execute();

  await db.schema
    .createTable('program_settings')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('program_settings').execute();
  await db.schema.dropTable('support_relationships').execute();
  await db.schema.dropTable('match_offers').execute();
  await db.schema.dropTable('support_requests').execute();
  await db.schema.alterTable('supporter_profiles').dropColumn('last_matched_at').execute();
  await db.schema.alterTable('supporter_profiles').dropColumn('active_relationships').execute();
}
