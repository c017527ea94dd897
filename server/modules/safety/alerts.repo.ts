import type { Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { SafetyAlertEventsTable, SafetyAlertsTable } from '../../platform/db/schema.js';

const alertsWithContext = (db: DbExecutor) =>
  db
    .selectFrom('safety_alerts')
    .leftJoin('users as member', 'member.id', 'safety_alerts.member_id')
    .leftJoin('users as acknowledger', 'acknowledger.id', 'safety_alerts.acknowledged_by')
    .leftJoin('users as resolver', 'resolver.id', 'safety_alerts.resolved_by')
    .leftJoin('risk_assessments', 'risk_assessments.id', 'safety_alerts.assessment_id')
    .selectAll('safety_alerts')
    .select([
      'member.handle as member_handle', 'acknowledger.handle as acknowledged_by_handle', 'resolver.handle as resolved_by_handle',
      'risk_assessments.excerpt', 'risk_assessments.signals', 'risk_assessments.created_at as assessed_at',
      'risk_assessments.source_type as assessed_source_type', 'risk_assessments.source_id as assessed_source_id',
    ]);

export type AlertView = Awaited<ReturnType<ReturnType<typeof alertsWithContext>['executeTakeFirstOrThrow']>>;

export const alertsRepo = {
  async insert(db: DbExecutor, row: Omit<Selectable<SafetyAlertsTable>, 'escalation_step'>): Promise<void> {
    await db.insertInto('safety_alerts').values(row).execute();
  },

  async insertEvent(db: DbExecutor, row: Selectable<SafetyAlertEventsTable>): Promise<void> {
    await db.insertInto('safety_alert_events').values(row).execute();
  },

  find: (db: DbExecutor, id: string) => alertsWithContext(db).where('safety_alerts.id', '=', id).executeTakeFirst(),

  list(db: DbExecutor, status: 'active' | 'resolved') {
    const query = alertsWithContext(db);
    return status === 'active'
      ? query.where('safety_alerts.status', 'in', ['open', 'acknowledged']).orderBy('safety_alerts.created_at', 'desc').execute()
      : query.where('safety_alerts.status', '=', 'resolved').orderBy('safety_alerts.resolved_at', 'desc').limit(100).execute();
  },

  eventsOf(db: DbExecutor, alertIds: string[]) {
    if (alertIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('safety_alert_events')
      .leftJoin('users', 'users.id', 'safety_alert_events.actor_id')
      .selectAll('safety_alert_events')
      .select('users.handle as actor_handle')
      .where('safety_alert_events.alert_id', 'in', alertIds)
      .orderBy('safety_alert_events.created_at')
      .orderBy('safety_alert_events.id')
      .execute();
  },

  async handlesOf(db: DbExecutor, userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await db.selectFrom('users').select(['id', 'handle']).where('id', 'in', userIds).execute();
    return new Map(rows.map((row) => [row.id, row.handle]));
  },

  /** Moves an alert on only from the state the caller saw, so two people (or two processes) cannot both act. */
  async transition(db: DbExecutor, id: string, from: { status: string; escalation_step?: number }, changes: Updateable<SafetyAlertsTable>): Promise<boolean> {
    let query = db.updateTable('safety_alerts').set(changes).where('id', '=', id).where('status', '=', from.status);
    if (from.escalation_step !== undefined) query = query.where('escalation_step', '=', from.escalation_step);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  due(db: DbExecutor, nowIso: string) {
    return db.selectFrom('safety_alerts').select(['id', 'escalation_step']).where('status', '=', 'open').where('escalate_at', '<=', nowIso).execute();
  },
};
