import type { DbExecutor } from '../../platform/db/connect.js';
import type { UsersTable } from '../../platform/db/schema.js';

export type UserRow = UsersTable;

export function handleKey(handle: string): string {
  return handle.normalize('NFKC').toLowerCase();
}

export const accountsRepo = {
  findByEmail(db: DbExecutor, email: string) {
    return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  },

  findById(db: DbExecutor, id: string) {
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async takenFields(db: DbExecutor, email: string, handle: string): Promise<{ email: boolean; handle: boolean }> {
    const rows = await db
      .selectFrom('users')
      .select(['email', 'handle_key'])
      .where((eb) => eb.or([eb('email', '=', email), eb('handle_key', '=', handleKey(handle))]))
      .execute();
    return {
      email: rows.some((row) => row.email === email),
      handle: rows.some((row) => row.handle_key === handleKey(handle)),
    };
  },

  async insertUser(db: DbExecutor, user: UserRow): Promise<void> {
    await db.insertInto('users').values(user).execute();
  },

  async updatePassword(db: DbExecutor, userId: string, passwordHash: string, at: string): Promise<void> {
    await db
      .updateTable('users')
      .set({ password_hash: passwordHash, password_changed_at: at, updated_at: at })
      .where('id', '=', userId)
      .execute();
  },

  async updateHandle(db: DbExecutor, userId: string, handle: string, at: string): Promise<void> {
    await db.updateTable('users').set({ handle, handle_key: handleKey(handle), updated_at: at }).where('id', '=', userId).execute();
  },

  findByHandle(db: DbExecutor, handle: string) {
    return db.selectFrom('users').select(['id', 'handle']).where('handle_key', '=', handleKey(handle)).executeTakeFirst();
  },

  async updateLocale(db: DbExecutor, userId: string, locale: string, at: string): Promise<void> {
    await db.updateTable('users').set({ locale, updated_at: at }).where('id', '=', userId).execute();
  },
};
