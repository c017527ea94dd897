import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A member's report of a message or a person. The reporter is never shown to the person reported.
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('reporter_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('subject_type', 'text', (col) => col.notNull())
    .addColumn('message_id', 'text', (col) => col.references('messages.id').onDelete('set null'))
    .addColumn('conversation_id', 'text', (col) => col.references('conversations.id').onDelete('set null'))
    .addColumn('reported_user_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('details', 'text', (col) => col.notNull())
    // A copy of the reported words, so the decision is made on what was reported even if it is edited.
    .addColumn('excerpt', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('outcome', 'text')
    .addColumn('decided_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('appeal_text', 'text')
    .addColumn('appealed_at', 'text')
    .addColumn('appeal_outcome', 'text')
    .addColumn('appeal_decided_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('appeal_decided_at', 'text')
    .addColumn('appeal_note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('reports_status_idx').on('reports').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('reports_reporter_idx').on('reports').column('reporter_id').execute();
  await db.schema.createIndex('reports_reported_idx').on('reports').column('reported_user_id').execute();

  // Warnings and suspensions; a suspension keeps someone out of shared spaces, never away from their own support.
  await db.schema
    .createTable('user_sanctions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('report_id', 'text', (col) => col.references('reports.id').onDelete('set null'))
    .addColumn('ends_at', 'text')
    .addColumn('lifted_at', 'text')
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('user_sanctions_user_idx').on('user_sanctions').columns(['user_id', 'kind']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('user_sanctions').execute();
  await db.schema.dropTable('reports').execute();
}
