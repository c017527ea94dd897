import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { CalendarFeedsTable } from '../../platform/db/schema.js';

export const calendarRepo = {
  active: (db: DbExecutor, userId: string) =>
    db.selectFrom('calendar_feeds').selectAll().where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst(),

  byTokenHash: (db: DbExecutor, tokenHash: string) =>
    db.selectFrom('calendar_feeds').innerJoin('users', 'users.id', 'calendar_feeds.user_id')
      .select(['calendar_feeds.user_id', 'users.handle', 'users.locale'])
      .where('calendar_feeds.token_hash', '=', tokenHash).where('calendar_feeds.revoked_at', 'is', null).executeTakeFirst(),

  async revokeAll(db: DbExecutor, userId: string, at: string): Promise<void> {
    await db.updateTable('calendar_feeds').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  },

  async insert(db: DbExecutor, row: Selectable<CalendarFeedsTable>): Promise<void> {
    await db.insertInto('calendar_feeds').values(row).execute();
  },
};
