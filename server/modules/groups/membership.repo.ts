import type { Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { GroupMembershipsTable } from '../../platform/db/schema.js';

export type MembershipRow = Selectable<GroupMembershipsTable>;

export const membershipRepo = {
  of(db: DbExecutor, groupId: string, userId: string): Promise<MembershipRow | undefined> {
    return db.selectFrom('group_memberships').selectAll().where('group_id', '=', groupId).where('user_id', '=', userId).executeTakeFirst();
  },

  async insert(db: DbExecutor, row: MembershipRow): Promise<void> {
    await db.insertInto('group_memberships').values(row).execute();
  },

  async update(db: DbExecutor, id: string, changes: Updateable<GroupMembershipsTable>): Promise<void> {
    await db.updateTable('group_memberships').set(changes).where('id', '=', id).execute();
  },

  /** Moves a membership only from the status it was read in, so two changes at once cannot both apply. */
  async move(db: DbExecutor, id: string, from: string, changes: Updateable<GroupMembershipsTable>): Promise<boolean> {
    const result = await db.updateTable('group_memberships').set(changes).where('id', '=', id).where('status', '=', from).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** The last place in the queue, so a newcomer goes after everyone already waiting. */
  async lastWaitlistPosition(db: DbExecutor, groupId: string): Promise<number> {
    const row = await db.selectFrom('group_memberships').select((eb) => eb.fn.max('waitlist_position').as('last'))
      .where('group_id', '=', groupId).where('status', '=', 'waitlisted').executeTakeFirst();
    return Number(row?.last ?? 0);
  },

  /** Where the person stands in the queue: 1 is next. Gaps left by people who stopped waiting do not count. */
  async rank(db: DbExecutor, groupId: string, position: number): Promise<number> {
    const row = await db.selectFrom('group_memberships').select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('group_id', '=', groupId).where('status', '=', 'waitlisted').where('waitlist_position', '<=', position).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  firstWaiting(db: DbExecutor, groupId: string): Promise<MembershipRow | undefined> {
    return db.selectFrom('group_memberships').selectAll().where('group_id', '=', groupId).where('status', '=', 'waitlisted')
      .orderBy('waitlist_position').orderBy('joined_at').limit(1).executeTakeFirst();
  },

  async waitlistCounts(db: DbExecutor, groupIds: string[]): Promise<Map<string, number>> {
    if (groupIds.length === 0) return new Map();
    const rows = await db.selectFrom('group_memberships').select(['group_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('group_id', 'in', groupIds).where('status', '=', 'waitlisted').groupBy('group_id').execute();
    return new Map(rows.map((row) => [row.group_id, Number(row.n)]));
  },

  mineIn(db: DbExecutor, userId: string, groupIds: string[]): Promise<MembershipRow[]> {
    if (groupIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('group_memberships').selectAll().where('user_id', '=', userId).where('group_id', 'in', groupIds).execute();
  },

  /** Everyone with a membership row that is not over (members, the waitlist in order, invitations). */
  listed(db: DbExecutor, groupId: string) {
    return db.selectFrom('group_memberships').innerJoin('users', 'users.id', 'group_memberships.user_id')
      .selectAll('group_memberships').select('users.handle')
      .where('group_memberships.group_id', '=', groupId).where('group_memberships.status', 'in', ['member', 'waitlisted', 'invited'])
      .orderBy('group_memberships.waitlist_position').orderBy('users.handle')
      .execute();
  },

  /** Seated members' membership ids, which (unlike user ids) say nothing about a person once their account is gone. */
  async seatIds(db: DbExecutor, groupId: string): Promise<string[]> {
    const rows = await db.selectFrom('group_memberships').select('id').where('group_id', '=', groupId).where('status', '=', 'member').execute();
    return rows.map((row) => row.id);
  },

  find(db: DbExecutor, id: string): Promise<MembershipRow | undefined> {
    return db.selectFrom('group_memberships').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async memberIds(db: DbExecutor, groupId: string): Promise<string[]> {
    const rows = await db.selectFrom('group_memberships').select('user_id').where('group_id', '=', groupId).where('status', '=', 'member').execute();
    return rows.map((row) => row.user_id);
  },

  /** Memberships of one person that are not over, for leaving everything when their account goes. */
  activeOf(db: DbExecutor, userId: string): Promise<MembershipRow[]> {
    return db.selectFrom('group_memberships').selectAll().where('user_id', '=', userId).where('status', 'in', ['member', 'waitlisted', 'invited']).execute();
  },
};
