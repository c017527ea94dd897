import type { Role } from '../../../shared/roles.js';
import type { DbExecutor } from '../db/connect.js';

/** Role queries shared by authentication, accounts and administration. */
export const rolesRepo = {
  async of(db: DbExecutor, userId: string): Promise<Role[]> {
    const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).orderBy('role').execute();
    return rows.map((row) => row.role);
  },

  async byUser(db: DbExecutor, userIds: string[]): Promise<Map<string, Role[]>> {
    const byUser = new Map<string, Role[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return byUser;
    const rows = await db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', userIds).orderBy('role').execute();
    for (const row of rows) byUser.get(row.user_id)?.push(row.role);
    return byUser;
  },

  async add(db: DbExecutor, userId: string, role: Role, grantedBy: string | null, at: string): Promise<boolean> {
    const result = await db
      .insertInto('user_roles')
      .values({ user_id: userId, role, granted_by: grantedBy, granted_at: at })
      .onConflict((conflict) => conflict.columns(['user_id', 'role']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  async remove(db: DbExecutor, userId: string, role: Role): Promise<boolean> {
    const result = await db.deleteFrom('user_roles').where('user_id', '=', userId).where('role', '=', role).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  async count(db: DbExecutor, role: Role): Promise<number> {
    const row = await db
      .selectFrom('user_roles')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .where('role', '=', role)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  },
};
