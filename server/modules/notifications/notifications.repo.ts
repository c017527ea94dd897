import type { DbExecutor } from '../../platform/db/connect.js';
import type { NotificationPreferencesTable, NotificationsTable } from '../../platform/db/schema.js';

export type NotificationRow = NotificationsTable;
export type PreferencesRow = NotificationPreferencesTable;

/** Where a page of notifications continues: strictly older than this one. */
export interface PageCursor {
  createdAt: string;
  id: string;
}

const LIST_COLUMNS = ['id', 'user_id', 'kind', 'data', 'link', 'created_at', 'read_at', 'emailed_at'] as const;

export const notificationsRepo = {
  async insert(db: DbExecutor, row: NotificationRow): Promise<void> {
    await db.insertInto('notifications').values(row).execute();
  },

  findOwn(db: DbExecutor, userId: string, id: string): Promise<NotificationRow | undefined> {
    return db.selectFrom('notifications').select(LIST_COLUMNS).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  },

  /** Newest first; one more than asked for, so the caller knows whether another page follows. */
  page(db: DbExecutor, userId: string, limit: number, after: PageCursor | null): Promise<NotificationRow[]> {
    let query = db.selectFrom('notifications').select(LIST_COLUMNS).where('user_id', '=', userId);
    if (after) {
      query = query.where((eb) => eb.or([
        eb('created_at', '<', after.createdAt),
        eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
      ]));
    }
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  },

  async unreadCount(db: DbExecutor, userId: string): Promise<number> {
    const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<string | number>().as('count'))
      .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
    return Number(row.count);
  },

  async markRead(db: DbExecutor, userId: string, ids: string[] | 'all', at: string): Promise<number> {
    let query = db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
    if (ids !== 'all') query = query.where('id', 'in', ids);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  /** What an email about one notification needs: where to send it, in which language. */
  forEmail(db: DbExecutor, id: string) {
    return db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['notifications.id', 'notifications.user_id', 'notifications.kind', 'notifications.link', 'notifications.emailed_at', 'users.email', 'users.locale'])
      .where('notifications.id', '=', id).executeTakeFirst();
  },

  async markEmailed(db: DbExecutor, id: string, at: string): Promise<void> {
    await db.updateTable('notifications').set({ emailed_at: at }).where('id', '=', id).execute();
  },

  preferences(db: DbExecutor, userId: string): Promise<PreferencesRow | undefined> {
    return db.selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).executeTakeFirst();
  },

  async savePreferences(db: DbExecutor, row: PreferencesRow): Promise<void> {
    const { user_id: _userId, ...changes } = row;
    await db.insertInto('notification_preferences').values(row)
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet(changes))
      .execute();
  },

  async timeZoneOf(db: DbExecutor, userId: string): Promise<string | null> {
    const row = await db.selectFrom('profiles').select('time_zone').where('user_id', '=', userId).executeTakeFirst();
    return row?.time_zone ?? null;
  },

  /** Planned check-ins in any of the person's relationships, as member or as supporter, in [from, until). */
  async upcomingCheckIns(db: DbExecutor, userId: string, from: string, until: string): Promise<number> {
    const row = await db.selectFrom('check_ins').innerJoin('support_relationships', 'support_relationships.id', 'check_ins.relationship_id')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .where((eb) => eb.or([eb('support_relationships.member_id', '=', userId), eb('support_relationships.supporter_id', '=', userId)]))
      .where('check_ins.status', '=', 'planned')
      .where('check_ins.planned_at', '>=', from)
      .where('check_ins.planned_at', '<', until)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  },

  async userExists(db: DbExecutor, userId: string): Promise<boolean> {
    return (await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst()) !== undefined;
  },

  exportFor(db: DbExecutor, userId: string) {
    return db.selectFrom('notifications').select(['kind', 'data', 'link', 'created_at', 'read_at', 'emailed_at'])
      .where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  },

  async handleOf(db: DbExecutor, userId: string): Promise<string | null> {
    return (await db.selectFrom('users').select('handle').where('id', '=', userId).executeTakeFirst())?.handle ?? null;
  },

  /** Other people's notifications whose data may hold this exact value (a superset: callers check each). */
  mentioning(db: DbExecutor, value: string, exceptUserId: string) {
    return db.selectFrom('notifications').select(['id', 'data'])
      .where('user_id', '!=', exceptUserId).where('data', 'like', `%${JSON.stringify(value)}%`).execute();
  },

  async setData(db: DbExecutor, id: string, data: string): Promise<void> {
    await db.updateTable('notifications').set({ data }).where('id', '=', id).execute();
  },

  /** The person's notifications, settings, and this module's jobs about them (a weekly digest names its person). */
  async erase(db: DbExecutor, userId: string, digestKeyPrefix: string): Promise<void> {
    await db.deleteFrom('notifications').where('user_id', '=', userId).execute();
    await db.deleteFrom('notification_preferences').where('user_id', '=', userId).execute();
    await db.deleteFrom('jobs').where('dedupe_key', 'like', `${digestKeyPrefix}%`).execute();
  },
};
