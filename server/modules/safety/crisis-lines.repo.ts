import type { DbExecutor } from '../../platform/db/connect.js';
import type { CrisisLinesTable } from '../../platform/db/schema.js';

export type CrisisLineRow = CrisisLinesTable;

export const crisisLinesRepo = {
  list(db: DbExecutor) {
    return db.selectFrom('crisis_lines').selectAll().orderBy('sort_order').orderBy('name').execute();
  },

  async insert(db: DbExecutor, row: CrisisLineRow): Promise<void> {
    await db.insertInto('crisis_lines').values(row).execute();
  },

  async update(db: DbExecutor, id: string, changes: Omit<CrisisLineRow, 'id'>): Promise<boolean> {
    const result = await db.updateTable('crisis_lines').set(changes).where('id', '=', id).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async remove(db: DbExecutor, id: string): Promise<boolean> {
    const result = await db.deleteFrom('crisis_lines').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  find(db: DbExecutor, id: string) {
    return db.selectFrom('crisis_lines').selectAll().where('id', '=', id).executeTakeFirst();
  },
};
