import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { MessagesTable } from '../../platform/db/schema.js';

export type MessageRow = Selectable<MessagesTable>;

const messagesWithAuthors = (db: DbExecutor) =>
  db.selectFrom('messages').leftJoin('users', 'users.id', 'messages.author_id').selectAll('messages').select('users.handle as author_handle');

export type MessageView = Awaited<ReturnType<ReturnType<typeof messagesWithAuthors>['executeTakeFirstOrThrow']>>;

export const conversationsRepo = {
  async insertConversation(db: DbExecutor, row: { id: string; kind: string; relationship_id: string | null; title: string | null; created_at: string }): Promise<void> {
    await db.insertInto('conversations').values(row).execute();
  },

  async addMember(db: DbExecutor, conversationId: string, userId: string, role: string, at: string): Promise<void> {
    await db.insertInto('conversation_members').values({ conversation_id: conversationId, user_id: userId, role, joined_at: at, removed_at: null }).execute();
  },

  async removeMembersOfRelationship(db: DbExecutor, relationshipId: string, at: string): Promise<void> {
    await db
      .updateTable('conversation_members')
      .set({ removed_at: at })
      .where('removed_at', 'is', null)
      .where('conversation_id', 'in', (eb) => eb.selectFrom('conversations').select('id').where('relationship_id', '=', relationshipId))
      .execute();
  },

  async isMember(db: DbExecutor, conversationId: string, userId: string): Promise<boolean> {
    const row = await db.selectFrom('conversation_members').select('user_id')
      .where('conversation_id', '=', conversationId).where('user_id', '=', userId).where('removed_at', 'is', null).executeTakeFirst();
    return row !== undefined;
  },

  /** Read markers only move forward. */
  async markRead(db: DbExecutor, conversationId: string, userId: string, seq: number): Promise<void> {
    await db
      .updateTable('conversation_members')
      .set({ last_read_seq: seq })
      .where('conversation_id', '=', conversationId)
      .where('user_id', '=', userId)
      .where('last_read_seq', '<', seq)
      .execute();
  },

  async lastSeq(db: DbExecutor, conversationId: string): Promise<number> {
    const row = await db.selectFrom('conversations').select('last_seq').where('id', '=', conversationId).executeTakeFirstOrThrow();
    return row.last_seq;
  },

  listFor(db: DbExecutor, userId: string) {
    return db
      .selectFrom('conversation_members as me')
      .innerJoin('conversations', 'conversations.id', 'me.conversation_id')
      .select(['conversations.id', 'conversations.kind', 'conversations.title', 'conversations.last_seq', 'me.last_read_seq'])
      .where('me.user_id', '=', userId)
      .where('me.removed_at', 'is', null)
      .orderBy('conversations.created_at', 'desc')
      .execute();
  },

  membersOf(db: DbExecutor, conversationIds: string[]) {
    if (conversationIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('conversation_members')
      .innerJoin('users', 'users.id', 'conversation_members.user_id')
      .select(['conversation_members.conversation_id', 'users.id', 'users.handle'])
      .where('conversation_members.conversation_id', 'in', conversationIds)
      .where('conversation_members.removed_at', 'is', null)
      .execute();
  },

  /** Hands out the next number inside the sending transaction: a rollback gives it back, so there are no gaps. */
  async nextSeq(db: DbExecutor, conversationId: string): Promise<number> {
    const row = await db
      .updateTable('conversations')
      .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
      .where('id', '=', conversationId)
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    return row.last_seq;
  },

  async insertMessage(db: DbExecutor, row: MessageRow): Promise<void> {
    await db.insertInto('messages').values(row).execute();
  },

  findByClientId(db: DbExecutor, conversationId: string, authorId: string, clientId: string) {
    return messagesWithAuthors(db)
      .where('messages.conversation_id', '=', conversationId).where('messages.author_id', '=', authorId).where('messages.client_id', '=', clientId)
      .executeTakeFirst();
  },

  page(db: DbExecutor, conversationId: string, options: { after?: number; before?: number; limit: number }) {
    let query = messagesWithAuthors(db).where('messages.conversation_id', '=', conversationId);
    if (options.after !== undefined) return query.where('messages.seq', '>', options.after).orderBy('messages.seq').limit(options.limit).execute();
    if (options.before !== undefined) query = query.where('messages.seq', '<', options.before);
    return query.orderBy('messages.seq', 'desc').limit(options.limit).execute().then((rows) => rows.reverse());
  },
};
