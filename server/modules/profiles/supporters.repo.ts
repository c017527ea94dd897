import type { DbExecutor } from '../../platform/db/connect.js';
import type { SupporterApplicationsTable } from '../../platform/db/schema.js';

export type ApplicationRow = SupporterApplicationsTable;

export const applicationsRepo = {
  async insert(db: DbExecutor, row: ApplicationRow): Promise<void> {
    await db.insertInto('supporter_applications').values(row).execute();
  },

  find(db: DbExecutor, id: string) {
    return db.selectFrom('supporter_applications').selectAll().where('id', '=', id).executeTakeFirst();
  },

  latestFor(db: DbExecutor, userId: string) {
    return db.selectFrom('supporter_applications').selectAll().where('user_id', '=', userId).orderBy('submitted_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  },

  listByStatus(db: DbExecutor, status: string) {
    return db
      .selectFrom('supporter_applications')
      .innerJoin('users', 'users.id', 'supporter_applications.user_id')
      .selectAll('supporter_applications')
      .select('users.handle')
      .where('supporter_applications.status', '=', status)
      .orderBy('supporter_applications.submitted_at')
      .execute();
  },

  async decide(db: DbExecutor, id: string, decision: { status: string; decided_at: string; decided_by: string; decision_note: string | null }): Promise<void> {
    await db.updateTable('supporter_applications').set(decision).where('id', '=', id).execute();
  },

  listForUser(db: DbExecutor, userId: string) {
    return db.selectFrom('supporter_applications').selectAll().where('user_id', '=', userId).orderBy('submitted_at').execute();
  },

  async erase(db: DbExecutor, userId: string): Promise<void> {
    await db.deleteFrom('supporter_applications').where('user_id', '=', userId).execute();
    await db.updateTable('supporter_applications').set({ decided_by: null }).where('decided_by', '=', userId).execute();
  },
};
