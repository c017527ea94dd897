import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A peer-led group. Place and time zone are the group's; the video link is shown to members only.
  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    // Topic keys as ' key1 key2 ' so a topic filter is one indexed-friendly LIKE on both databases.
    .addColumn('topics', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('place_name', 'text')
    .addColumn('address', 'text')
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('video_link', 'text')
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('rrule', 'text')
    .addColumn('starts_local', 'text')
    .addColumn('duration_minutes', 'integer', (col) => col.notNull())
    // Searchable facts of the regular meeting: weekday 1-7 and minutes after local midnight.
    .addColumn('meeting_weekday', 'integer')
    .addColumn('meeting_minute', 'integer')
    .addColumn('next_meeting_at', 'text')
    .addColumn('capacity', 'integer', (col) => col.notNull())
    .addColumn('member_count', 'integer', (col) => col.notNull())
    .addColumn('agreement', 'text', (col) => col.notNull())
    .addColumn('agreement_version', 'integer', (col) => col.notNull())
    .addColumn('listing', 'text', (col) => col.notNull())
    .addColumn('conversation_id', 'text', (col) => col.references('conversations.id').onDelete('set null'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('groups_listing_idx').on('groups').columns(['status', 'listing', 'language', 'format']).execute();
  // The finder's two searches: listed groups within a box of coordinates, and listed groups in a language by next meeting.
  await db.schema.createIndex('groups_listed_location_idx').on('groups').columns(['status', 'listing', 'latitude', 'longitude']).execute();
  await db.schema.createIndex('groups_listed_language_next_idx').on('groups').columns(['status', 'listing', 'language', 'next_meeting_at']).execute();
  await db.schema.createIndex('groups_next_meeting_idx').on('groups').columns(['status', 'next_meeting_at']).execute();

  await db.schema
    .createTable('group_facilitators')
    .addColumn('group_id', 'text', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('added_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('group_facilitators_pk', ['group_id', 'user_id'])
    .execute();
  await db.schema.createIndex('group_facilitators_user_idx').on('group_facilitators').column('user_id').execute();

  // Members and the waitlist in one place: a freed seat goes to the lowest waitlist position.
  await db.schema
    .createTable('group_memberships')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('group_id', 'text', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('waitlist_position', 'integer')
    .addColumn('agreement_version', 'integer')
    .addColumn('attendance_recorded', 'integer', (col) => col.notNull())
    .addColumn('muted_until', 'text')
    .addColumn('removed_reason', 'text')
    .addColumn('removed_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('joined_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('group_memberships_pair_idx').on('group_memberships').columns(['group_id', 'user_id']).unique().execute();
  await db.schema.createIndex('group_memberships_status_idx').on('group_memberships').columns(['group_id', 'status', 'waitlist_position']).execute();
  await db.schema.createIndex('group_memberships_user_idx').on('group_memberships').columns(['user_id', 'status']).execute();

  // One-off changes to single meetings of the series, keyed by the start the rule gives.
  await db.schema
    .createTable('group_meeting_changes')
    .addColumn('group_id', 'text', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('occurrence_start', 'text', (col) => col.notNull())
    .addColumn('new_start', 'text')
    .addColumn('cancelled', 'integer', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('changed_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('group_meeting_changes_pk', ['group_id', 'occurrence_start'])
    .execute();

  await db.schema
    .createTable('group_rsvps')
    .addColumn('group_id', 'text', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('occurrence_start', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('answer', 'text', (col) => col.notNull())
    .addColumn('answered_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('group_rsvps_pk', ['group_id', 'occurrence_start', 'user_id'])
    .execute();

  // Attendance per meeting: who came, and a count for those who chose not to be recorded by name.
  await db.schema
    .createTable('group_attendance')
    .addColumn('group_id', 'text', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('occurrence_start', 'text', (col) => col.notNull())
    .addColumn('unnamed_count', 'integer', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('group_attendance_pk', ['group_id', 'occurrence_start'])
    .execute();
  await db.schema
    .createTable('group_attendees')
    .addColumn('group_id', 'text', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('occurrence_start', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('group_attendees_pk', ['group_id', 'occurrence_start', 'user_id'])
    .execute();

  // Facilitators' notes and fidelity checklist for a meeting: private to facilitators and supervisors.
  await db.schema
    .createTable('group_meeting_notes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('group_id', 'text', (col) => col.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('occurrence_start', 'text', (col) => col.notNull())
    .addColumn('author_id', 'text', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('checklist', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('group_meeting_notes_group_idx').on('group_meeting_notes').columns(['group_id', 'occurrence_start']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['group_meeting_notes', 'group_attendees', 'group_attendance', 'group_rsvps', 'group_meeting_changes', 'group_memberships', 'group_facilitators', 'groups']) {
    await db.schema.dropTable(table).execute();
  }
}
