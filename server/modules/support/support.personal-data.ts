import type { PersonalDataRegistry } from '../../platform/personal-data.js';
import { calendarRepo } from './calendar.repo.js';
import { supportRepo } from './support.repo.js';

/**
 * Check-ins, notes and feedback belong to a relationship and go with it when either person's account is
 * deleted (the relationship row cascades). What is the person's alone: their calendar link and the
 * supervision they give or receive, which cascade with the account too.
 */
export function registerSupportPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'support',
    export: async (db, { userId }) => {
      const relationships = await supportRepo.relationshipsOf(db, userId);
      const ids = relationships.map((relationship) => relationship.id);
      const inMine = <T>(query: () => Promise<T[]>) => (ids.length === 0 ? Promise.resolve([] as T[]) : query());
      const isMember = new Set(relationships.filter((relationship) => relationship.member_id === userId).map((relationship) => relationship.id));
      const [plans, checkIns, notes, feedback, closingNotes] = await Promise.all([
        inMine(() => db.selectFrom('check_in_plans').select(['relationship_id', 'rrule', 'starts_local', 'time_zone', 'meeting_mode', 'meeting_detail', 'status', 'created_at']).where('relationship_id', 'in', ids).execute()),
        inMine(() => db.selectFrom('check_ins').select(['relationship_id', 'planned_at', 'meeting_mode', 'status', 'mood', 'mood_words', 'talked_about']).where('relationship_id', 'in', ids).orderBy('planned_at').execute()),
        inMine(() => db.selectFrom('session_notes').select(['relationship_id', 'author_id', 'body', 'shared_with_member', 'created_at']).where('relationship_id', 'in', ids).execute()),
        db.selectFrom('check_in_feedback').innerJoin('support_relationships', 'support_relationships.id', 'check_in_feedback.relationship_id')
          .select(['check_in_feedback.felt_heard', 'check_in_feedback.worked_on_what_i_wanted', 'check_in_feedback.way_we_talked_suited_me', 'check_in_feedback.overall', 'check_in_feedback.created_at'])
          .where('support_relationships.member_id', '=', userId).execute(),
        db.selectFrom('relationship_closing_notes').select(['relationship_id', 'note', 'created_at']).where('author_id', '=', userId).execute(),
      ]);
      const feed = await calendarRepo.active(db, userId);
      return {
        plans,
        checkIns,
        // A member sees the notes shared with them; a supporter the notes they wrote.
        sessionNotes: notes.filter((note) => (isMember.has(note.relationship_id) ? note.shared_with_member === 1 : note.author_id === userId))
          .map(({ relationship_id, body, shared_with_member, created_at }) => ({ relationship_id, body, shared_with_member: shared_with_member === 1, created_at })),
        feedbackIGave: feedback,
        closingNotes,
        calendarFeed: feed ? { createdAt: feed.created_at } : null,
        supervision: await db.selectFrom('supervision_assignments').select(['supporter_id', 'supervisor_id', 'created_at'])
          .where((eb) => eb.or([eb('supporter_id', '=', userId), eb('supervisor_id', '=', userId)])).execute(),
      };
    },
    erase: async (trx, { userId }) => {
      await trx.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
      await trx.deleteFrom('supervision_assignments').where((eb) => eb.or([eb('supporter_id', '=', userId), eb('supervisor_id', '=', userId)])).execute();
      await trx.updateTable('supervision_assignments').set({ assigned_by: null }).where('assigned_by', '=', userId).execute();
    },
  });
}
