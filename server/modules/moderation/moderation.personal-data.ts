import type { PersonalDataRegistry } from '../../platform/personal-data.js';

export const REPORTS_KEPT_BECAUSE =
  'Reports and the decisions on them stay as the record of how the community was kept safe, with nothing linking them to you.';

export function registerModerationPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'reports',
    keptBecause: REPORTS_KEPT_BECAUSE,
    export: async (db, { userId }) => ({
      made: await db.selectFrom('reports').select(['subject_type', 'reason', 'details', 'status', 'outcome', 'created_at']).where('reporter_id', '=', userId).execute(),
      aboutMe: await db.selectFrom('reports').select(['outcome', 'decision_note', 'decided_at', 'appeal_text', 'appeal_outcome'])
        .where('reported_user_id', '=', userId).where('status', '=', 'closed').where('outcome', '!=', 'dismissed').execute(),
      sanctions: await db.selectFrom('user_sanctions').select(['kind', 'reason', 'ends_at', 'lifted_at', 'created_at']).where('user_id', '=', userId).execute(),
    }),
    erase: async (trx, { userId }) => {
      // A reporter's own words describe someone else; the reported words and the person reported lose their link.
      await trx.updateTable('reports').set({ reporter_id: null, details: '' }).where('reporter_id', '=', userId).execute();
      await trx.updateTable('reports').set({ reported_user_id: null, excerpt: null, appeal_text: null }).where('reported_user_id', '=', userId).execute();
      await trx.updateTable('reports').set({ decided_by: null }).where('decided_by', '=', userId).execute();
      await trx.updateTable('reports').set({ appeal_decided_by: null }).where('appeal_decided_by', '=', userId).execute();
      await trx.deleteFrom('user_sanctions').where('user_id', '=', userId).execute();
      await trx.updateTable('user_sanctions').set({ created_by: null }).where('created_by', '=', userId).execute();
    },
  });
}
