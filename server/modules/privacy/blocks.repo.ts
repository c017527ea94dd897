import type { DbExecutor } from '../../platform/db/connect.js';

export const blocksRepo = {
  async hasBlocked(db: DbExecutor, blockerId: string, blockedId: string): Promise<boolean> {
    const row = await db
      .selectFrom('blocks')
      .select('blocker_id')
      .where('blocker_id', '=', blockerId)
      .where('blocked_id', '=', blockedId)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Everyone this person blocked or was blocked by: they are never matched or shown to each other. */
  async eitherWay(db: DbExecutor, userId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('blocks')
      .select(['blocker_id', 'blocked_id'])
      .where((eb) => eb.or([eb('blocker_id', '=', userId), eb('blocked_id', '=', userId)]))
      .execute();
    return rows.map((row) => (row.blocker_id === userId ? row.blocked_id : row.blocker_id));
  },

  async add(db: DbExecutor, blockerId: string, blockedId: string, at: string): Promise<void> {
    await db
      .insertInto('blocks')
      .values({ blocker_id: blockerId, blocked_id: blockedId, created_at: at })
      .onConflict((conflict) => conflict.columns(['blocker_id', 'blocked_id']).doNothing())
      .execute();
  },

  async remove(db: DbExecutor, blockerId: string, blockedId: string): Promise<boolean> {
    const result = await db.deleteFrom('blocks').where('blocker_id', '=', blockerId).where('blocked_id', '=', blockedId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  listByBlocker(db: DbExecutor, blockerId: string) {
    return db
      .selectFrom('blocks')
      .innerJoin('users', 'users.id', 'blocks.blocked_id')
      .select(['blocks.blocked_id', 'users.handle', 'blocks.created_at'])
      .where('blocks.blocker_id', '=', blockerId)
      .orderBy('blocks.created_at', 'desc')
      .execute();
  },

  /** Blocks others placed on this person are theirs, not this person's data, but they go with the account. */
  async eraseInvolving(db: DbExecutor, userId: string): Promise<void> {
    await db.deleteFrom('blocks').where((eb) => eb.or([eb('blocker_id', '=', userId), eb('blocked_id', '=', userId)])).execute();
  },
};
