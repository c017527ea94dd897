import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { UserSanctionsTable } from '../../platform/db/schema.js';

export const sanctionsRepo = {
  async insert(db: DbExecutor, row: Selectable<UserSanctionsTable>): Promise<void> {
    await db.insertInto('user_sanctions').values(row).execute();
  },

  async liftForReport(db: DbExecutor, reportId: string, at: string): Promise<void> {
    await db.updateTable('user_sanctions').set({ lifted_at: at }).where('report_id', '=', reportId).where('lifted_at', 'is', null).execute();
  },

  forReport: (db: DbExecutor, reportId: string) =>
    db.selectFrom('user_sanctions').selectAll().where('report_id', '=', reportId).executeTakeFirst(),
};

/**
 * When a person's suspension from shared spaces ends ('indefinite' when it has no end), or null when
 * they are not suspended. Their own support conversations are never affected.
 */
export async function activeSuspension(db: DbExecutor, userId: string, nowIso: string): Promise<string | null> {
  const row = await db
    .selectFrom('user_sanctions')
    .select('ends_at')
    .where('user_id', '=', userId)
    .where('kind', '=', 'suspension')
    .where('lifted_at', 'is', null)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', nowIso)]))
    .orderBy('ends_at', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  return row.ends_at ?? 'indefinite';
}
