import { sql } from 'kysely';
import type { PersonalDataRegistry } from '../../platform/personal-data.js';

export const SAFETY_RECORDS_KEPT_BECAUSE =
  'Safety alerts and the actions the team took stay as a record of how the program responded, with nothing linking them to you; your own words in them are erased.';

export function registerSafetyPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'riskAssessments',
    export: (db, { userId }) =>
      db.selectFrom('risk_assessments').select(['source_type', 'level', 'signals', 'rules_version', 'excerpt', 'created_at'])
        .where('author_id', '=', userId).orderBy('created_at').execute(),
    erase: async (trx, { userId }) => {
      await trx.deleteFrom('risk_assessments').where('author_id', '=', userId).execute();
      await trx.deleteFrom('concern_notices').where('recipient_id', '=', userId).execute();
    },
  });

  registry.register({
    key: 'safetyAlerts',
    keptBecause: SAFETY_RECORDS_KEPT_BECAUSE,
    export: async (db, { userId }) => ({
      aboutMe: await db.selectFrom('safety_alerts').select(['reason', 'status', 'created_at', 'resolved_at']).where('member_id', '=', userId).execute(),
      myActions: await db.selectFrom('safety_alert_events').select(['kind', 'note', 'created_at']).where('actor_id', '=', userId).execute(),
      onCallShifts: await db.selectFrom('on_call_shifts').select(['starts_at', 'ends_at', 'position']).where('user_id', '=', userId).execute(),
    }),
    erase: async (trx, { userId }) => {
      await trx.updateTable('safety_alerts').set({ member_id: null }).where('member_id', '=', userId).execute();
      await trx.updateTable('safety_alerts').set({ acknowledged_by: null }).where('acknowledged_by', '=', userId).execute();
      await trx.updateTable('safety_alerts').set({ resolved_by: null }).where('resolved_by', '=', userId).execute();
      // A talk-now note is the member's own words.
      await trx.updateTable('safety_alert_events').set({ note: null }).where('actor_id', '=', userId).where('kind', '=', 'opened').execute();
      await trx.updateTable('safety_alert_events').set({ actor_id: null }).where('actor_id', '=', userId).execute();
      // Who was told stays countable, not nameable.
      await trx.updateTable('safety_alert_events')
        .set({ notified: sql<string>`replace(notified, ${JSON.stringify(userId)}, '"deleted"')` })
        .where('notified', 'like', `%${userId}%`).execute();
      await trx.deleteFrom('on_call_shifts').where('user_id', '=', userId).execute();
      await trx.updateTable('on_call_shifts').set({ created_by: null }).where('created_by', '=', userId).execute();
    },
  });
}
