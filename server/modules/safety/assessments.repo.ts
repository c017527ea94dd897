import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { ConcernNoticesTable, RiskAssessmentsTable } from '../../platform/db/schema.js';

export const assessmentsRepo = {
  async insert(db: DbExecutor, row: Selectable<RiskAssessmentsTable>): Promise<void> {
    await db.insertInto('risk_assessments').values(row).execute();
  },

  async insertNotices(db: DbExecutor, rows: Array<Selectable<ConcernNoticesTable>>): Promise<void> {
    if (rows.length > 0) await db.insertInto('concern_notices').values(rows).execute();
  },

  /** Concerns addressed to one supporter or moderator, newest first. */
  noticesFor(db: DbExecutor, recipientId: string, limit: number) {
    return db
      .selectFrom('concern_notices')
      .innerJoin('risk_assessments', 'risk_assessments.id', 'concern_notices.assessment_id')
      .leftJoin('users', 'users.id', 'risk_assessments.author_id')
      .select([
        'risk_assessments.id', 'risk_assessments.level', 'risk_assessments.conversation_id', 'risk_assessments.source_id', 'risk_assessments.source_type',
        'risk_assessments.excerpt', 'risk_assessments.signals', 'risk_assessments.created_at', 'users.handle as author_handle',
      ])
      .where('concern_notices.recipient_id', '=', recipientId)
      .orderBy('concern_notices.created_at', 'desc')
      .limit(limit)
      .execute();
  },

  find(db: DbExecutor, id: string) {
    return db.selectFrom('risk_assessments').selectAll().where('id', '=', id).executeTakeFirst();
  },
};
