import type { Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { ChatRoomsTable } from '../../platform/db/schema.js';

export type RoomRow = Selectable<ChatRoomsTable>;

const roomsWithCounts = (db: DbExecutor) =>
  db
    .selectFrom('chat_rooms')
    .innerJoin('conversations', 'conversations.id', 'chat_rooms.conversation_id')
    .selectAll('chat_rooms')
    .select((eb) => [
      'conversations.title',
      eb.selectFrom('conversation_members').select((m) => m.fn.countAll<number>().as('n'))
        .whereRef('conversation_members.conversation_id', '=', 'chat_rooms.conversation_id')
        .where('conversation_members.removed_at', 'is', null).as('member_count'),
    ]);

export type RoomView = Awaited<ReturnType<ReturnType<typeof roomsWithCounts>['executeTakeFirstOrThrow']>>;

export const roomsRepo = {
  async insertRoom(db: DbExecutor, row: RoomRow): Promise<void> {
    await db.insertInto('chat_rooms').values(row).execute();
  },

  async updateRoom(db: DbExecutor, conversationId: string, changes: Updateable<ChatRoomsTable>, title?: string): Promise<void> {
    await db.updateTable('chat_rooms').set(changes).where('conversation_id', '=', conversationId).execute();
    if (title !== undefined) await db.updateTable('conversations').set({ title }).where('id', '=', conversationId).execute();
  },

  /**
   * Takes the room's row lock on PostgreSQL (SQLite already runs one writer at a time), so two people
   * joining at once cannot both take the last place.
   */
  async lockRoom(db: DbExecutor, conversationId: string): Promise<void> {
    await db.updateTable('chat_rooms').set((eb) => ({ member_cap: eb.ref('member_cap') })).where('conversation_id', '=', conversationId).execute();
  },

  list(db: DbExecutor, options: { includeArchived: boolean }) {
    let query = roomsWithCounts(db);
    if (!options.includeArchived) query = query.where('chat_rooms.archived_at', 'is', null);
    return query.orderBy('conversations.title').execute();
  },

  find(db: DbExecutor, conversationId: string) {
    return roomsWithCounts(db).where('chat_rooms.conversation_id', '=', conversationId).executeTakeFirst();
  },

  /** Includes a past membership, which says whether the person left or was removed. */
  memberRow(db: DbExecutor, conversationId: string, userId: string) {
    return db.selectFrom('conversation_members').selectAll().where('conversation_id', '=', conversationId).where('user_id', '=', userId).executeTakeFirst();
  },

  membershipsOf(db: DbExecutor, userId: string) {
    return db.selectFrom('conversation_members').select(['conversation_id', 'role', 'agreement_version'])
      .where('user_id', '=', userId).where('removed_at', 'is', null).execute();
  },

  moderatorsOf(db: DbExecutor, conversationIds: string[]) {
    if (conversationIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('conversation_members')
      .innerJoin('users', 'users.id', 'conversation_members.user_id')
      .select(['conversation_members.conversation_id', 'users.id', 'users.handle'])
      .where('conversation_members.conversation_id', 'in', conversationIds)
      .where('conversation_members.role', '=', 'moderator')
      .where('conversation_members.removed_at', 'is', null)
      .orderBy('users.handle')
      .execute();
  },

  members(db: DbExecutor, conversationId: string) {
    return db
      .selectFrom('conversation_members')
      .innerJoin('users', 'users.id', 'conversation_members.user_id')
      .select(['users.id', 'users.handle', 'conversation_members.role', 'conversation_members.joined_at'])
      .where('conversation_members.conversation_id', '=', conversationId)
      .where('conversation_members.removed_at', 'is', null)
      .orderBy('users.handle')
      .execute();
  },

  async setRole(db: DbExecutor, conversationId: string, userId: string, role: string): Promise<void> {
    await db.updateTable('conversation_members').set({ role }).where('conversation_id', '=', conversationId).where('user_id', '=', userId).execute();
  },
};
