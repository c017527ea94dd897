import type { DbExecutor } from '../../platform/db/connect.js';
import type { ConsentRecordsTable } from '../../platform/db/schema.js';

export const consentsRepo = {
  listForUser(db: DbExecutor, userId: string) {
    return db.selectFrom('consent_records').selectAll().where('user_id', '=', userId).orderBy('agreed_at').orderBy('id').execute();
  },

  async insert(db: DbExecutor, row: ConsentRecordsTable): Promise<void> {
    await db.insertInto('consent_records').values(row).execute();
  },

  async withdrawActive(db: DbExecutor, userId: string, kind: string, at: string): Promise<number> {
    const result = await db
      .updateTable('consent_records')
      .set({ withdrawn_at: at })
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  async erase(db: DbExecutor, userId: string): Promise<void> {
    await db.deleteFrom('consent_records').where('user_id', '=', userId).execute();
  },
};
