import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('chat_rooms')
    .addColumn('conversation_id', 'text', (col) => col.primaryKey().references('conversations.id').onDelete('cascade'))
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('topic', 'text')
    .addColumn('agreement', 'text', (col) => col.notNull())
    // Bumped on every change to the agreement; members accept the current version before writing.
    .addColumn('agreement_version', 'integer', (col) => col.notNull())
    .addColumn('member_cap', 'integer', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('archived_at', 'text')
    .execute();

  await db.schema.alterTable('conversation_members').addColumn('last_delivered_seq', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('conversation_members').addColumn('agreement_version', 'integer').execute();
  await db.schema.alterTable('conversation_members').addColumn('removed_by', 'text', (col) => col.references('users.id').onDelete('set null')).execute();
  await db.schema.alterTable('conversation_members').addColumn('removal_reason', 'text').execute();

  await db.schema.alterTable('messages').addColumn('held_reason', 'text').execute();
  await db.schema.alterTable('messages').addColumn('hidden_reason', 'text').execute();
  await db.schema.alterTable('messages').addColumn('hidden_by', 'text', (col) => col.references('users.id').onDelete('set null')).execute();

  // Two members who both want to talk privately: one invites, the other accepts.
  await db.schema
    .createTable('chat_invitations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('from_user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('to_user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('conversation_id', 'text', (col) => col.references('conversations.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('responded_at', 'text')
    .execute();
  await db.schema.createIndex('chat_invitations_to_idx').on('chat_invitations').columns(['to_user_id', 'status']).execute();
  await db.schema.createIndex('chat_invitations_from_idx').on('chat_invitations').columns(['from_user_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('chat_invitations').execute();
  for (const column of ['hidden_by', 'hidden_reason', 'held_reason']) await db.schema.alterTable('messages').dropColumn(column).execute();
  for (const column of ['removal_reason', 'removed_by', 'agreement_version', 'last_delivered_seq']) {
    await db.schema.alterTable('conversation_members').dropColumn(column).execute();
  }
  await db.schema.dropTable('chat_rooms').execute();
}
