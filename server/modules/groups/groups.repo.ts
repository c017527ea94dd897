import type { ExpressionBuilder, Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { Database, GroupFacilitatorsTable, GroupsTable } from '../../platform/db/schema.js';

export type GroupRow = Selectable<GroupsTable>;
export type FacilitatorRow = Selectable<GroupFacilitatorsTable>;

/** Topic keys as stored: a space on each side, so one LIKE '% key %' finds a topic on both databases. */
export const storedTopics = (keys: string[]) => ` ${keys.join(' ')} `;
export const topicsOf = (stored: string) => stored.trim().split(/\s+/).filter(Boolean);

export const groupsRepo = {
  async insert(db: DbExecutor, row: Insertable<GroupsTable>): Promise<void> {
    await db.insertInto('groups').values(row).execute();
  },

  async update(db: DbExecutor, id: string, changes: Updateable<GroupsTable>): Promise<void> {
    await db.updateTable('groups').set(changes).where('id', '=', id).execute();
  },

  find(db: DbExecutor, id: string): Promise<GroupRow | undefined> {
    return db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
  },

  byConversation(db: DbExecutor, conversationId: string): Promise<GroupRow | undefined> {
    return db.selectFrom('groups').selectAll().where('conversation_id', '=', conversationId).executeTakeFirst();
  },

  /**
   * Takes the group's row lock on PostgreSQL (SQLite runs one writer at a time), so joins, leaves and
   * capacity changes of one group happen one after another and the waitlist keeps its order.
   */
  async lock(db: DbExecutor, id: string): Promise<void> {
    await db.updateTable('groups').set((eb) => ({ capacity: eb.ref('capacity') })).where('id', '=', id).execute();
  },

  /** One seat, only while there is one: of two people taking the last seat at once, exactly one succeeds. */
  async takeSeat(db: DbExecutor, id: string, at: string): Promise<boolean> {
    const result = await db.updateTable('groups')
      .set((eb) => ({ member_count: eb('member_count', '+', 1), updated_at: at }))
      .where('id', '=', id).where('status', '=', 'active').whereRef('member_count', '<', 'capacity')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async releaseSeat(db: DbExecutor, id: string, at: string): Promise<void> {
    await db.updateTable('groups').set((eb) => ({ member_count: eb('member_count', '-', 1), updated_at: at }))
      .where('id', '=', id).where('member_count', '>', 0).execute();
  },

  /** Groups the viewer may see: public active ones, and any they belong to, wait for, are invited to or facilitate; staff see all. */
  list(db: DbExecutor, viewer: { userId: string; staff: boolean }, options: { mine: boolean; includeArchived: boolean }): Promise<GroupRow[]> {
    let query = db.selectFrom('groups').selectAll();
    const involved = (eb: ExpressionBuilder<Database, 'groups'>) => eb.or([
      eb.exists(eb.selectFrom('group_memberships').select('group_memberships.id').whereRef('group_memberships.group_id', '=', 'groups.id')
        .where('group_memberships.user_id', '=', viewer.userId).where('group_memberships.status', 'in', ['member', 'waitlisted', 'invited'])),
      eb.exists(eb.selectFrom('group_facilitators').select('group_facilitators.user_id').whereRef('group_facilitators.group_id', '=', 'groups.id')
        .where('group_facilitators.user_id', '=', viewer.userId)),
    ]);
    if (options.mine) query = query.where(involved);
    else if (!viewer.staff) query = query.where((eb) => eb.or([eb.and([eb('groups.listing', '=', 'public'), eb('groups.status', '=', 'active')]), involved(eb)]));
    if (!options.includeArchived) query = query.where('groups.status', '=', 'active');
    return query.orderBy('groups.name').orderBy('groups.id').limit(500).execute();
  },

  facilitatorsOf(db: DbExecutor, groupIds: string[]) {
    if (groupIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('group_facilitators').innerJoin('users', 'users.id', 'group_facilitators.user_id')
      .select(['group_facilitators.group_id', 'group_facilitators.user_id', 'group_facilitators.role', 'group_facilitators.created_at', 'users.handle'])
      .where('group_facilitators.group_id', 'in', groupIds)
      .orderBy('group_facilitators.role', 'desc').orderBy('group_facilitators.created_at').orderBy('users.handle')
      .execute();
  },

  facilitator(db: DbExecutor, groupId: string, userId: string): Promise<FacilitatorRow | undefined> {
    return db.selectFrom('group_facilitators').selectAll().where('group_id', '=', groupId).where('user_id', '=', userId).executeTakeFirst();
  },

  async upsertFacilitator(db: DbExecutor, row: FacilitatorRow): Promise<void> {
    await db.insertInto('group_facilitators').values(row)
      .onConflict((oc) => oc.columns(['group_id', 'user_id']).doUpdateSet({ role: row.role })).execute();
  },

  async deleteFacilitator(db: DbExecutor, groupId: string, userId: string): Promise<void> {
    await db.deleteFrom('group_facilitators').where('group_id', '=', groupId).where('user_id', '=', userId).execute();
  },

  async setFacilitatorRole(db: DbExecutor, groupId: string, userId: string, role: string): Promise<void> {
    await db.updateTable('group_facilitators').set({ role }).where('group_id', '=', groupId).where('user_id', '=', userId).execute();
  },

  /** A supporter the program has trained: the supporter role, an active supporter profile and completed training. */
  async isTrainedSupporter(db: DbExecutor, userId: string): Promise<boolean> {
    const row = await db.selectFrom('supporter_profiles')
      .innerJoin('user_roles', (join) => join.onRef('user_roles.user_id', '=', 'supporter_profiles.user_id').on('user_roles.role', '=', 'supporter'))
      .select('supporter_profiles.user_id')
      .where('supporter_profiles.user_id', '=', userId)
      .where('supporter_profiles.status', '=', 'active')
      .where('supporter_profiles.training_completed_at', 'is not', null)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Active groups whose next meeting has passed (for the refresh job's sweep). */
  staleNextMeetings(db: DbExecutor, nowIso: string) {
    return db.selectFrom('groups').select('id').where('status', '=', 'active').where('next_meeting_at', '<=', nowIso).limit(500).execute();
  },
};
