import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { GroupMeetingChangesTable, GroupMeetingNotesTable } from '../../platform/db/schema.js';

export type MeetingChangeRow = Selectable<GroupMeetingChangesTable>;
export type MeetingNoteRow = Selectable<GroupMeetingNotesTable>;

export const meetingsRepo = {
  changes(db: DbExecutor, groupId: string): Promise<MeetingChangeRow[]> {
    return db.selectFrom('group_meeting_changes').selectAll().where('group_id', '=', groupId).execute();
  },

  changesOf(db: DbExecutor, groupIds: string[]): Promise<MeetingChangeRow[]> {
    if (groupIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('group_meeting_changes').selectAll().where('group_id', 'in', groupIds).execute();
  },

  async saveChange(db: DbExecutor, row: MeetingChangeRow): Promise<void> {
    await db.insertInto('group_meeting_changes').values(row)
      .onConflict((oc) => oc.columns(['group_id', 'occurrence_start']).doUpdateSet({
        new_start: row.new_start, cancelled: row.cancelled, note: row.note, changed_by: row.changed_by, changed_at: row.changed_at,
      }))
      .execute();
  },

  async deleteChange(db: DbExecutor, groupId: string, occurrence: string): Promise<void> {
    await db.deleteFrom('group_meeting_changes').where('group_id', '=', groupId).where('occurrence_start', '=', occurrence).execute();
  },

  /** When the schedule itself changes, one-off changes and answers for meetings still to come belong to the old series. */
  async clearFuture(db: DbExecutor, groupId: string, nowIso: string): Promise<void> {
    await db.deleteFrom('group_meeting_changes').where('group_id', '=', groupId).where('occurrence_start', '>', nowIso).execute();
    await db.deleteFrom('group_rsvps').where('group_id', '=', groupId).where('occurrence_start', '>', nowIso).execute();
  },

  async saveRsvp(db: DbExecutor, row: { group_id: string; occurrence_start: string; user_id: string; answer: string; answered_at: string }): Promise<void> {
    await db.insertInto('group_rsvps').values(row)
      .onConflict((oc) => oc.columns(['group_id', 'occurrence_start', 'user_id']).doUpdateSet({ answer: row.answer, answered_at: row.answered_at }))
      .execute();
  },

  rsvps(db: DbExecutor, groupId: string, occurrences: string[]) {
    if (occurrences.length === 0) return Promise.resolve([]);
    return db.selectFrom('group_rsvps').select(['occurrence_start', 'user_id', 'answer'])
      .where('group_id', '=', groupId).where('occurrence_start', 'in', occurrences).execute();
  },

  attendance(db: DbExecutor, groupId: string, occurrences: string[]) {
    if (occurrences.length === 0) return Promise.resolve([]);
    return db.selectFrom('group_attendance').selectAll().where('group_id', '=', groupId).where('occurrence_start', 'in', occurrences).execute();
  },

  attendees(db: DbExecutor, groupId: string, occurrences: string[]) {
    if (occurrences.length === 0) return Promise.resolve([]);
    return db.selectFrom('group_attendees').innerJoin('users', 'users.id', 'group_attendees.user_id')
      .select(['group_attendees.occurrence_start', 'group_attendees.user_id', 'users.handle'])
      .where('group_attendees.group_id', '=', groupId).where('group_attendees.occurrence_start', 'in', occurrences)
      .orderBy('users.handle').execute();
  },

  /** Replaces what was recorded for one meeting: the named attendees and the count of those not named. */
  async saveAttendance(db: DbExecutor, record: { groupId: string; occurrence: string; named: string[]; unnamedCount: number; by: string; at: string }): Promise<void> {
    await db.deleteFrom('group_attendees').where('group_id', '=', record.groupId).where('occurrence_start', '=', record.occurrence).execute();
    if (record.named.length > 0) {
      await db.insertInto('group_attendees').values(record.named.map((userId) => ({ group_id: record.groupId, occurrence_start: record.occurrence, user_id: userId }))).execute();
    }
    await db.insertInto('group_attendance')
      .values({ group_id: record.groupId, occurrence_start: record.occurrence, unnamed_count: record.unnamedCount, recorded_by: record.by, recorded_at: record.at })
      .onConflict((oc) => oc.columns(['group_id', 'occurrence_start']).doUpdateSet({ unnamed_count: record.unnamedCount, recorded_by: record.by, recorded_at: record.at }))
      .execute();
  },

  noteFor(db: DbExecutor, groupId: string, occurrence: string): Promise<MeetingNoteRow | undefined> {
    return db.selectFrom('group_meeting_notes').selectAll().where('group_id', '=', groupId).where('occurrence_start', '=', occurrence)
      .orderBy('created_at').limit(1).executeTakeFirst();
  },

  async insertNote(db: DbExecutor, row: MeetingNoteRow): Promise<void> {
    await db.insertInto('group_meeting_notes').values(row).execute();
  },

  async updateNote(db: DbExecutor, id: string, changes: { body: string; checklist: string; updated_at: string }): Promise<void> {
    await db.updateTable('group_meeting_notes').set(changes).where('id', '=', id).execute();
  },

  notes(db: DbExecutor, groupId: string, limit: number) {
    return db.selectFrom('group_meeting_notes').leftJoin('users', 'users.id', 'group_meeting_notes.author_id')
      .selectAll('group_meeting_notes').select('users.handle as author_handle')
      .where('group_meeting_notes.group_id', '=', groupId)
      .orderBy('group_meeting_notes.occurrence_start', 'desc').limit(limit).execute();
  },

  noteOccurrences(db: DbExecutor, groupId: string, occurrences: string[]) {
    if (occurrences.length === 0) return Promise.resolve([]);
    return db.selectFrom('group_meeting_notes').select('occurrence_start').where('group_id', '=', groupId).where('occurrence_start', 'in', occurrences).execute();
  },
};
