import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A member's recovery goals. They own them; sharing with their supporter is their choice.
  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('member_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('why', 'text', (col) => col.notNull())
    .addColumn('target_date', 'text')
    .addColumn('visibility', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('goals_member_idx').on('goals').columns(['member_id', 'status']).execute();

  // Small steps; a supporter's suggestion waits for the member to take it on.
  await db.schema
    .createTable('goal_steps')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('goal_id', 'text', (col) => col.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('suggested_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('done_at', 'text')
    .execute();
  await db.schema.createIndex('goal_steps_goal_idx').on('goal_steps').columns(['goal_id', 'position']).execute();

  await db.schema
    .createTable('goal_updates')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('goal_id', 'text', (col) => col.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('goal_updates_goal_idx').on('goal_updates').columns(['goal_id', 'created_at']).execute();

  // The rhythm a member and supporter agree on: an RFC 5545 rule read in the plan's time zone.
  await db.schema
    .createTable('check_in_plans')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('relationship_id', 'text', (col) => col.notNull().references('support_relationships.id').onDelete('cascade'))
    .addColumn('rrule', 'text', (col) => col.notNull())
    .addColumn('starts_local', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer', (col) => col.notNull())
    .addColumn('meeting_mode', 'text', (col) => col.notNull())
    .addColumn('meeting_detail', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('proposed_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('agreed_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('check_in_plans_relationship_idx').on('check_in_plans').columns(['relationship_id', 'status']).execute();

  // Occurrences are stored a few weeks ahead so reminders, calendars and marks all point at one row.
  await db.schema
    .createTable('check_ins')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('relationship_id', 'text', (col) => col.notNull().references('support_relationships.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (col) => col.references('check_in_plans.id').onDelete('set null'))
    .addColumn('planned_at', 'text', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer', (col) => col.notNull())
    .addColumn('meeting_mode', 'text', (col) => col.notNull())
    .addColumn('meeting_detail', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('marked_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('marked_at', 'text')
    .addColumn('mood', 'integer')
    .addColumn('mood_words', 'text')
    .addColumn('talked_about', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('check_ins_slot_idx').on('check_ins').columns(['relationship_id', 'planned_at']).unique().execute();
  await db.schema.createIndex('check_ins_due_idx').on('check_ins').columns(['status', 'planned_at']).execute();

  // Which supervisor looks after which supporter: their notes and feedback trends are visible to them alone.
  await db.schema
    .createTable('supervision_assignments')
    .addColumn('supporter_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('supervisor_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('assigned_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('supervision_assignments_pk', ['supporter_id', 'supervisor_id'])
    .execute();
  await db.schema.createIndex('supervision_assignments_supervisor_idx').on('supervision_assignments').column('supervisor_id').execute();

  // A supporter's notes: private to them and their supervisors unless they share one with the member.
  await db.schema
    .createTable('session_notes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('relationship_id', 'text', (col) => col.notNull().references('support_relationships.id').onDelete('cascade'))
    .addColumn('check_in_id', 'text', (col) => col.references('check_ins.id').onDelete('set null'))
    .addColumn('author_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('shared_with_member', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('session_notes_relationship_idx').on('session_notes').columns(['relationship_id', 'created_at']).execute();

  // The member's view of one check-in, 1-5 on each question; supporters only ever see trends.
  await db.schema
    .createTable('check_in_feedback')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('check_in_id', 'text', (col) => col.notNull().unique().references('check_ins.id').onDelete('cascade'))
    .addColumn('relationship_id', 'text', (col) => col.notNull().references('support_relationships.id').onDelete('cascade'))
    .addColumn('supporter_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('felt_heard', 'integer', (col) => col.notNull())
    .addColumn('worked_on_what_i_wanted', 'integer', (col) => col.notNull())
    .addColumn('way_we_talked_suited_me', 'integer', (col) => col.notNull())
    .addColumn('overall', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('check_in_feedback_supporter_idx').on('check_in_feedback').columns(['supporter_id', 'created_at']).execute();

  await db.schema
    .createTable('relationship_closing_notes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('relationship_id', 'text', (col) => col.notNull().references('support_relationships.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('relationship_closing_notes_author_idx').on('relationship_closing_notes').columns(['relationship_id', 'author_id']).unique().execute();

  // Private calendar feeds: only the token's SHA-256 is kept, so a leaked database leaks no feed.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_feeds_user_idx').on('calendar_feeds').column('user_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('read_at', 'text')
    .addColumn('emailed_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'text', (col) => col.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('channels', 'text', (col) => col.notNull())
    .addColumn('reminder_minutes_before', 'integer', (col) => col.notNull())
    .addColumn('quiet_from', 'text')
    .addColumn('quiet_until', 'text')
    .addColumn('weekly_digest', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // Durable jobs. A job is claimed with a guarded UPDATE, so of several processes exactly one runs it;
  // the dedupe key keeps the same reminder from ever being queued twice.
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('dedupe_key', 'text', (col) => col.unique())
    .addColumn('run_at', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'run_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['jobs', 'notification_preferences', 'notifications', 'calendar_feeds', 'relationship_closing_notes', 'check_in_feedback', 'session_notes', 'check_ins', 'supervision_assignments', 'check_in_plans', 'goal_updates', 'goal_steps', 'goals']) {
    await db.schema.dropTable(table).execute();
  }
}
