import type { Kysely } from 'kysely';

/** The default crisis lines' countries (ISO codes), so a support card shows the lines that reach the person; '' means everywhere. */
const DEFAULT_LINE_COUNTRIES: Record<string, string> = {
  '019aa000-0000-7000-8000-000000000001': 'US',
  '019aa000-0000-7000-8000-000000000002': 'GB,IE',
  '019aa000-0000-7000-8000-000000000003': 'ES',
  '019aa000-0000-7000-8000-000000000004': 'US,CA',
  '019aa000-0000-7000-8000-000000000006': 'AT,BE,BG,CH,CY,CZ,DE,DK,EE,ES,FI,FR,GB,GR,HR,HU,IE,IS,IT,LI,LT,LU,LV,MT,NL,NO,PL,PT,RO,SE,SI,SK',
  '019aa000-0000-7000-8000-000000000005': '',
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('crisis_lines').addColumn('countries', 'text', (col) => col.notNull().defaultTo('')).execute();
  for (const [id, countries] of Object.entries(DEFAULT_LINE_COUNTRIES)) {
    await db.updateTable('crisis_lines').set({ countries }).where('id', '=', id).execute();
  }

  // What the detector concluded about a piece of text that needs a human, with the rules version that
  // concluded it and a copy of the words: the people who must act keep them even if the original goes.
  await db.schema
    .createTable('risk_assessments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('author_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('source_type', 'text', (col) => col.notNull())
    .addColumn('source_id', 'text', (col) => col.notNull())
    .addColumn('conversation_id', 'text', (col) => col.references('conversations.id').onDelete('set null'))
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('signals', 'text', (col) => col.notNull())
    .addColumn('rules_version', 'text', (col) => col.notNull())
    .addColumn('lang', 'text', (col) => col.notNull())
    .addColumn('excerpt', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('risk_assessments_source_idx').on('risk_assessments').columns(['source_type', 'source_id']).execute();
  await db.schema.createIndex('risk_assessments_author_idx').on('risk_assessments').column('author_id').execute();

  // A supporter or moderator told about words of concern from someone in their care.
  await db.schema
    .createTable('concern_notices')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('assessment_id', 'text', (col) => col.notNull().references('risk_assessments.id').onDelete('cascade'))
    .addColumn('recipient_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seen_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('concern_notices_recipient_idx').on('concern_notices').columns(['recipient_id', 'created_at']).execute();

  await db.schema
    .createTable('safety_alerts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('member_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('assessment_id', 'text', (col) => col.references('risk_assessments.id').onDelete('set null'))
    .addColumn('conversation_id', 'text', (col) => col.references('conversations.id').onDelete('set null'))
    .addColumn('message_id', 'text', (col) => col.references('messages.id').onDelete('set null'))
    .addColumn('status', 'text', (col) => col.notNull())
    // 0: the first person on call; each step after that the next on the rota; past the rota, every admin.
    .addColumn('escalation_step', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('escalate_at', 'text')
    .addColumn('acknowledged_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('acknowledged_at', 'text')
    .addColumn('resolved_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('resolved_at', 'text')
    .addColumn('resolution_note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('safety_alerts_status_idx').on('safety_alerts').columns(['status', 'escalate_at']).execute();

  await db.schema
    .createTable('safety_alert_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('alert_id', 'text', (col) => col.notNull().references('safety_alerts.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('notified', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('safety_alert_events_alert_idx').on('safety_alert_events').column('alert_id').execute();

  // Who is on call when; overlapping shifts are tried in position order.
  await db.schema
    .createTable('on_call_shifts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('ends_at', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('on_call_shifts_time_idx').on('on_call_shifts').columns(['starts_at', 'ends_at']).execute();

  await db.schema
    .createTable('safety_plans')
    .addColumn('user_id', 'text', (col) => col.primaryKey().references('users.id').onDelete('cascade'))
    // The plan's steps as JSON: the member owns the words, so they are stored as written.
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('safety_plan_shares')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('shared_with_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('granted_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('safety_plan_shares_user_idx').on('safety_plan_shares').columns(['user_id', 'shared_with_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('crisis_lines').dropColumn('countries').execute();
  for (const table of ['safety_plan_shares', 'safety_plans', 'on_call_shifts', 'safety_alert_events', 'safety_alerts', 'concern_notices', 'risk_assessments']) {
    await db.schema.dropTable(table).execute();
  }
}
