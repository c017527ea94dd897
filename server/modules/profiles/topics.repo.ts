import type { DbExecutor } from '../../platform/db/connect.js';
import type { TopicsTable } from '../../platform/db/schema.js';

export const topicsRepo = {
  listCustom(db: DbExecutor) {
    return db.selectFrom('topics').selectAll().orderBy('key').execute();
  },

  async insert(db: DbExecutor, row: TopicsTable): Promise<void> {
    await db.insertInto('topics').values(row).execute();
  },

  async unsetCreator(db: DbExecutor, userId: string): Promise<void> {
    await db.updateTable('topics').set({ created_by: null }).where('created_by', '=', userId).execute();
  },
};
