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

  /** Adds a person, or brings back someone who had left; a removal by a moderator is cleared only by this. */
  async upsertMember(db: DbExecutor, row: { conversation_id: string; user_id: string; role: string; joined_at: string; agreement_version: number | null }): Promise<void> {
    await db
      .insertInto('conversation_members')
      .values({ ...row, removed_at: null, removed_by: null, removal_reason: null })
      .onConflict((oc) => oc.columns(['conversation_id', 'user_id']).doUpdateSet({
        role: row.role, joined_at: row.joined_at, agreement_version: row.agreement_version, removed_at: null, removed_by: null, removal_reason: null,
      }))
      .execute();
  },

  async removeMember(db: DbExecutor, conversationId: string, userId: string, removal: { at: string; by: string | null; reason: string | null }): Promise<boolean> {
    const result = await db
      .updateTable('conversation_members')
      .set({ removed_at: removal.at, removed_by: removal.by, removal_reason: removal.reason })
      .where('conversation_id', '=', conversationId)
      .where('user_id', '=', userId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async removeMembersOfRelationship(db: DbExecutor, relationshipId: string, at: string) {
    const conversation = await db.selectFrom('conversations').select('id').where('relationship_id', '=', relationshipId).executeTakeFirst();
    if (!conversation) return null;
    const members = await db.selectFrom('conversation_members').select('user_id')
      .where('conversation_id', '=', conversation.id).where('removed_at', 'is', null).execute();
    await db.updateTable('conversation_members').set({ removed_at: at })
      .where('conversation_id', '=', conversation.id).where('removed_at', 'is', null).execute();
    return { conversationId: conversation.id, userIds: members.map((m) => m.user_id) };
  },

  /** The person's current place in a conversation, with what sending there depends on. */
  membership(db: DbExecutor, conversationId: string, userId: string) {
    return db
      .selectFrom('conversation_members as me')
      .innerJoin('conversations', 'conversations.id', 'me.conversation_id')
      .leftJoin('chat_rooms', 'chat_rooms.conversation_id', 'me.conversation_id')
      .select([
        'conversations.kind', 'conversations.relationship_id', 'me.role', 'me.agreement_version as accepted_version',
        'chat_rooms.agreement_version as current_version', 'chat_rooms.archived_at',
      ])
      .where('me.conversation_id', '=', conversationId)
      .where('me.user_id', '=', userId)
      .where('me.removed_at', 'is', null)
      .executeTakeFirst();
  },

  async activeConversationIds(db: DbExecutor, userId: string): Promise<string[]> {
    const rows = await db.selectFrom('conversation_members').select('conversation_id').where('user_id', '=', userId).where('removed_at', 'is', null).execute();
    return rows.map((row) => row.conversation_id);
  },

  /** Who looks out for a person here: the supporter in a support conversation, or a room's moderators. */
  async carersOf(db: DbExecutor, conversationId: string, personId: string, kind: string): Promise<string[]> {
    const rows = await db.selectFrom('conversation_members').select('user_id')
      .where('conversation_id', '=', conversationId).where('removed_at', 'is', null).where('user_id', '!=', personId)
      .where('role', '=', kind === 'room' ? 'moderator' : 'supporter').execute();
    return rows.map((row) => row.user_id);
  },

  async moderatorIds(db: DbExecutor, conversationId: string): Promise<string[]> {
    const rows = await db.selectFrom('conversation_members').select('user_id')
      .where('conversation_id', '=', conversationId).where('role', '=', 'moderator').where('removed_at', 'is', null).execute();
    return rows.map((row) => row.user_id);
  },

  /** Markers only move forward. */
  async advanceMarker(db: DbExecutor, conversationId: string, userId: string, marker: 'last_read_seq' | 'last_delivered_seq', seq: number): Promise<boolean> {
    const result = await db
      .updateTable('conversation_members')
      .set({ [marker]: seq })
      .where('conversation_id', '=', conversationId)
      .where('user_id', '=', userId)
      .where(marker, '<', seq)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  markers(db: DbExecutor, conversationId: string, userId: string) {
    return db.selectFrom('conversation_members').select(['last_read_seq', 'last_delivered_seq'])
      .where('conversation_id', '=', conversationId).where('user_id', '=', userId).executeTakeFirstOrThrow();
  },

  async lastSeq(db: DbExecutor, conversationId: string): Promise<number> {
    const row = await db.selectFrom('conversations').select('last_seq').where('id', '=', conversationId).executeTakeFirstOrThrow();
    return row.last_seq;
  },

  listFor(db: DbExecutor, userId: string) {
    return db
      .selectFrom('conversation_members as me')
      .innerJoin('conversations', 'conversations.id', 'me.conversation_id')
      .select((eb) => [
        'conversations.id', 'conversations.kind', 'conversations.title', 'conversations.relationship_id', 'conversations.last_seq', 'conversations.created_at',
        'me.last_read_seq', 'me.role',
        eb.selectFrom('messages').select((m) => m.fn.max('messages.created_at').as('at')).whereRef('messages.conversation_id', '=', 'conversations.id').as('last_message_at'),
        eb.exists(eb.selectFrom('chat_rooms').select('chat_rooms.conversation_id').whereRef('chat_rooms.conversation_id', '=', 'conversations.id')).$castTo<number>().as('in_directory'),
      ])
      .where('me.user_id', '=', userId)
      .where('me.removed_at', 'is', null)
      .execute();
  },

  /** Everyone in direct conversations; only the moderators of rooms, which can hold hundreds. */
  membersShownIn(db: DbExecutor, conversationIds: string[]) {
    if (conversationIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('conversation_members')
      .innerJoin('users', 'users.id', 'conversation_members.user_id')
      .innerJoin('conversations', 'conversations.id', 'conversation_members.conversation_id')
      .select(['conversation_members.conversation_id', 'users.id', 'users.handle', 'conversation_members.role',
        'conversation_members.last_read_seq', 'conversation_members.last_delivered_seq'])
      .where('conversation_members.conversation_id', 'in', conversationIds)
      .where('conversation_members.removed_at', 'is', null)
      .where((eb) => eb.or([eb('conversations.kind', '=', 'direct'), eb('conversation_members.role', '=', 'moderator')]))
      .execute();
  },

  /**
   * Hands out the next number inside the sending transaction, only while the sender is still a member
   * (so a removal between the check and the send wins). A rollback gives the number back: no gaps.
   */
  async nextSeqFor(db: DbExecutor, conversationId: string, memberId: string): Promise<number | null> {
    const row = await db
      .updateTable('conversations')
      .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
      .where('id', '=', conversationId)
      .where((eb) => eb.exists(eb.selectFrom('conversation_members').select('user_id')
        .where('conversation_id', '=', conversationId).where('user_id', '=', memberId).where('removed_at', 'is', null)))
      .returning('last_seq')
      .executeTakeFirst();
    return row?.last_seq ?? null;
  },

  async insertMessage(db: DbExecutor, row: MessageRow): Promise<void> {
    await db.insertInto('messages').values(row).execute();
  },

  async updateMessage(db: DbExecutor, messageId: string, changes: Partial<Pick<MessageRow, 'body' | 'status' | 'edited_at' | 'held_reason' | 'hidden_reason' | 'hidden_by'>>): Promise<void> {
    await db.updateTable('messages').set(changes).where('id', '=', messageId).execute();
  },

  findMessageAnywhere(db: DbExecutor, messageId: string) {
    return messagesWithAuthors(db).innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
      .select('conversations.kind').where('messages.id', '=', messageId).executeTakeFirst();
  },

  findMessage(db: DbExecutor, conversationId: string, messageId: string) {
    return messagesWithAuthors(db).where('messages.conversation_id', '=', conversationId).where('messages.id', '=', messageId).executeTakeFirst();
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

