import type { Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { ReportsTable } from '../../platform/db/schema.js';

const reportsWithPeople = (db: DbExecutor) =>
  db
    .selectFrom('reports')
    .leftJoin('users as reported', 'reported.id', 'reports.reported_user_id')
    .leftJoin('users as reporter', 'reporter.id', 'reports.reporter_id')
    .selectAll('reports')
    .select(['reported.handle as reported_handle', 'reporter.handle as reporter_handle']);

export type ReportView = Awaited<ReturnType<ReturnType<typeof reportsWithPeople>['executeTakeFirstOrThrow']>>;

export const reportsRepo = {
  async insert(db: DbExecutor, row: Selectable<ReportsTable>): Promise<void> {
    await db.insertInto('reports').values(row).execute();
  },

  find: (db: DbExecutor, id: string) => reportsWithPeople(db).where('reports.id', '=', id).executeTakeFirst(),

  queue(db: DbExecutor, view: 'open' | 'appeals' | 'closed') {
    const query = reportsWithPeople(db);
    if (view === 'open') return query.where('reports.status', '=', 'open').orderBy('reports.created_at').execute();
    if (view === 'appeals') return query.where('reports.appealed_at', 'is not', null).where('reports.appeal_outcome', 'is', null).orderBy('reports.appealed_at').execute();
    return query.where('reports.status', '=', 'closed').orderBy('reports.decided_at', 'desc').limit(100).execute();
  },

  byReporter: (db: DbExecutor, reporterId: string) =>
    reportsWithPeople(db).where('reports.reporter_id', '=', reporterId).orderBy('reports.created_at', 'desc').execute(),

  /** Decisions that acted on the person (not dismissals), newest first. */
  decisionsAbout: (db: DbExecutor, userId: string) =>
    db.selectFrom('reports').selectAll().where('reported_user_id', '=', userId).where('status', '=', 'closed')
      .where('outcome', 'in', ['hidden', 'warned', 'suspended']).orderBy('decided_at', 'desc').execute(),

  async priorCounts(db: DbExecutor, userIds: string[]): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows = await db.selectFrom('reports').select((eb) => ['reported_user_id', eb.fn.countAll<number>().as('n')])
      .where('reported_user_id', 'in', userIds).where('status', '=', 'closed').where('outcome', '!=', 'dismissed')
      .groupBy('reported_user_id').execute();
    return new Map(rows.map((row) => [row.reported_user_id!, Number(row.n)]));
  },

  async recordAppeal(db: DbExecutor, id: string, text: string, at: string): Promise<boolean> {
    const result = await db.updateTable('reports').set({ appeal_text: text, appealed_at: at }).where('id', '=', id).where('appealed_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Changes a report only from the state the caller saw, so two supervisors cannot both decide it. */
  async transition(db: DbExecutor, id: string, guard: 'open' | 'appealed', changes: Updateable<ReportsTable>): Promise<boolean> {
    let query = db.updateTable('reports').set(changes).where('id', '=', id);
    query = guard === 'open'
      ? query.where('status', '=', 'open')
      : query.where('appealed_at', 'is not', null).where('appeal_outcome', 'is', null);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },
};
