import type { PersonalDataRegistry } from '../../platform/personal-data.js';
import type { Trx } from '../../platform/db/connect.js';

export const GROUPS_KEPT_BECAUSE =
  'Groups you started, meeting changes, attendance counts and meeting notes you recorded as a facilitator stay with the group’s records, with nothing linking them to you; where you were recorded at a meeting, you are still counted, without your name.';

/**
 * Memberships, answers and attendance are the person's; what they did for a group as a facilitator
 * (notes, attendance records, meeting changes) belongs to the group's history and loses their name.
 */
export function registerGroupsPersonalData(registry: PersonalDataRegistry, deps: { leaveAll: (trx: Trx, userId: string) => Promise<() => void> }): void {
  registry.register({
    key: 'groups',
    keptBecause: GROUPS_KEPT_BECAUSE,
    export: async (db, { userId }) => ({
      memberships: await db.selectFrom('group_memberships').innerJoin('groups', 'groups.id', 'group_memberships.group_id')
        .select(['groups.name as group', 'group_memberships.status', 'group_memberships.waitlist_position', 'group_memberships.agreement_version',
          'group_memberships.attendance_recorded', 'group_memberships.muted_until', 'group_memberships.removed_reason', 'group_memberships.joined_at'])
        .where('group_memberships.user_id', '=', userId).orderBy('group_memberships.joined_at').execute(),
      facilitating: await db.selectFrom('group_facilitators').innerJoin('groups', 'groups.id', 'group_facilitators.group_id')
        .select(['groups.name as group', 'group_facilitators.role', 'group_facilitators.created_at']).where('group_facilitators.user_id', '=', userId).execute(),
      rsvps: await db.selectFrom('group_rsvps').innerJoin('groups', 'groups.id', 'group_rsvps.group_id')
        .select(['groups.name as group', 'group_rsvps.occurrence_start', 'group_rsvps.answer', 'group_rsvps.answered_at'])
        .where('group_rsvps.user_id', '=', userId).orderBy('group_rsvps.occurrence_start').execute(),
      attended: await db.selectFrom('group_attendees').innerJoin('groups', 'groups.id', 'group_attendees.group_id')
        .select(['groups.name as group', 'group_attendees.occurrence_start']).where('group_attendees.user_id', '=', userId).orderBy('group_attendees.occurrence_start').execute(),
      groupsStarted: await db.selectFrom('groups').select(['name', 'created_at']).where('created_by', '=', userId).execute(),
      meetingNotesWritten: await db.selectFrom('group_meeting_notes').innerJoin('groups', 'groups.id', 'group_meeting_notes.group_id')
        .select(['groups.name as group', 'group_meeting_notes.occurrence_start', 'group_meeting_notes.body', 'group_meeting_notes.checklist', 'group_meeting_notes.created_at'])
        .where('group_meeting_notes.author_id', '=', userId).execute(),
      meetingChangesMade: await db.selectFrom('group_meeting_changes').innerJoin('groups', 'groups.id', 'group_meeting_changes.group_id')
        .select(['groups.name as group', 'group_meeting_changes.occurrence_start', 'group_meeting_changes.new_start', 'group_meeting_changes.cancelled', 'group_meeting_changes.changed_at'])
        .where('group_meeting_changes.changed_by', '=', userId).execute(),
      attendanceRecorded: await db.selectFrom('group_attendance').innerJoin('groups', 'groups.id', 'group_attendance.group_id')
        .select(['groups.name as group', 'group_attendance.occurrence_start', 'group_attendance.recorded_at']).where('group_attendance.recorded_by', '=', userId).execute(),
    }),
    erase: async (trx, { userId }) => {
      // Seats they held go to the people waiting (told in this transaction); the room announcements are moot for a deleted account.
      await deps.leaveAll(trx, userId);
      // Where they were recorded at a meeting, the meeting still counts them, without a name.
      const attended = await trx.selectFrom('group_attendees').select(['group_id', 'occurrence_start']).where('user_id', '=', userId).execute();
      for (const row of attended) {
        await trx.updateTable('group_attendance').set((eb) => ({ unnamed_count: eb('unnamed_count', '+', 1) }))
          .where('group_id', '=', row.group_id).where('occurrence_start', '=', row.occurrence_start).execute();
      }
      await trx.deleteFrom('group_attendees').where('user_id', '=', userId).execute();
      await trx.deleteFrom('group_rsvps').where('user_id', '=', userId).execute();
      await trx.deleteFrom('group_memberships').where('user_id', '=', userId).execute();
      await trx.deleteFrom('group_facilitators').where('user_id', '=', userId).execute();
      await trx.updateTable('group_memberships').set({ removed_by: null }).where('removed_by', '=', userId).execute();
      await trx.updateTable('group_facilitators').set({ added_by: null }).where('added_by', '=', userId).execute();
      await trx.updateTable('groups').set({ created_by: null }).where('created_by', '=', userId).execute();
      await trx.updateTable('group_meeting_changes').set({ changed_by: null }).where('changed_by', '=', userId).execute();
      await trx.updateTable('group_attendance').set({ recorded_by: null }).where('recorded_by', '=', userId).execute();
      await trx.updateTable('group_meeting_notes').set({ author_id: null }).where('author_id', '=', userId).execute();
    },
  });
}
