import type { DbExecutor } from '../../platform/db/connect.js';
import type { SafetyPlanSharesTable } from '../../platform/db/schema.js';

export type SafetyPlanShareRow = SafetyPlanSharesTable;

/** A share that has not been revoked, with the handle of the other person in it. */
export interface LiveShareRow {
  personId: string;
  handle: string;
  granted_at: string;
}

export const safetyPlanRepo = {
  findPlan(db: DbExecutor, userId: string) {
    return db.selectFrom('safety_plans').select(['content', 'updated_at']).where('user_id', '=', userId).executeTakeFirst();
  },

  async savePlan(db: DbExecutor, userId: string, content: string, at: string): Promise<void> {
    await db.insertInto('safety_plans').values({ user_id: userId, content, updated_at: at })
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ content, updated_at: at }))
      .execute();
  },

  /** The supporters this member's plan is shared with now. */
  sharesGrantedBy(db: DbExecutor, userId: string): Promise<LiveShareRow[]> {
    return db.selectFrom('safety_plan_shares').innerJoin('users', 'users.id', 'safety_plan_shares.shared_with_id')
      .select(['safety_plan_shares.shared_with_id as personId', 'users.handle', 'safety_plan_shares.granted_at'])
      .where('safety_plan_shares.user_id', '=', userId).where('safety_plan_shares.revoked_at', 'is', null)
      .orderBy('safety_plan_shares.granted_at').execute();
  },

  /** The members whose plans are shared with this person now. */
  sharesReceivedBy(db: DbExecutor, sharedWithId: string): Promise<LiveShareRow[]> {
    return db.selectFrom('safety_plan_shares').innerJoin('users', 'users.id', 'safety_plan_shares.user_id')
      .select(['safety_plan_shares.user_id as personId', 'users.handle', 'safety_plan_shares.granted_at'])
      .where('safety_plan_shares.shared_with_id', '=', sharedWithId).where('safety_plan_shares.revoked_at', 'is', null)
      .orderBy('safety_plan_shares.granted_at').execute();
  },

  async handleOf(db: DbExecutor, userId: string): Promise<string> {
    const row = await db.selectFrom('users').select('handle').where('id', '=', userId).executeTakeFirstOrThrow();
    return row.handle;
  },

  async isShared(db: DbExecutor, userId: string, sharedWithId: string): Promise<boolean> {
    const row = await db.selectFrom('safety_plan_shares').select('id')
      .where('user_id', '=', userId).where('shared_with_id', '=', sharedWithId).where('revoked_at', 'is', null).executeTakeFirst();
    return row !== undefined;
  },

  async insertShare(db: DbExecutor, row: SafetyPlanShareRow): Promise<void> {
    await db.insertInto('safety_plan_shares').values(row).execute();
  },

  async revokeShares(db: DbExecutor, userId: string, sharedWithId: string, at: string): Promise<number> {
    const result = await db.updateTable('safety_plan_shares').set({ revoked_at: at })
      .where('user_id', '=', userId).where('shared_with_id', '=', sharedWithId).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  /** Every grant and revocation involving the person, for "Download my data". */
  shareHistory(db: DbExecutor, userId: string) {
    return db.selectFrom('safety_plan_shares').innerJoin('users as supporter', 'supporter.id', 'safety_plan_shares.shared_with_id')
      .select(['supporter.handle as shared_with', 'safety_plan_shares.granted_at', 'safety_plan_shares.revoked_at'])
      .where('safety_plan_shares.user_id', '=', userId).orderBy('safety_plan_shares.granted_at').execute();
  },

  sharesReceivedHistory(db: DbExecutor, userId: string) {
    return db.selectFrom('safety_plan_shares').select(['granted_at', 'revoked_at'])
      .where('shared_with_id', '=', userId).orderBy('granted_at').execute();
  },

  async erase(db: DbExecutor, userId: string): Promise<void> {
    await db.deleteFrom('safety_plan_shares').where((eb) => eb.or([eb('user_id', '=', userId), eb('shared_with_id', '=', userId)])).execute();
    await db.deleteFrom('safety_plans').where('user_id', '=', userId).execute();
  },
};
