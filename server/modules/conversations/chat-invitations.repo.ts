import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { ChatInvitationsTable } from '../../platform/db/schema.js';

const withHandles = (db: DbExecutor) =>
  db
    .selectFrom('chat_invitations')
    .innerJoin('users as sender', 'sender.id', 'chat_invitations.from_user_id')
    .innerJoin('users as recipient', 'recipient.id', 'chat_invitations.to_user_id')
    .selectAll('chat_invitations')
    .select(['sender.handle as from_handle', 'recipient.handle as to_handle']);

export type InvitationView = Awaited<ReturnType<ReturnType<typeof withHandles>['executeTakeFirstOrThrow']>>;

export const chatInvitationsRepo = {
  async insert(db: DbExecutor, row: Selectable<ChatInvitationsTable>): Promise<void> {
    await db.insertInto('chat_invitations').values(row).execute();
  },

  find: (db: DbExecutor, id: string) => withHandles(db).where('chat_invitations.id', '=', id).executeTakeFirst(),

  /** A pending invitation or an open conversation between the two, in either direction. */
  between(db: DbExecutor, a: string, b: string) {
    return withHandles(db)
      .where((eb) => eb.or([
        eb.and([eb('chat_invitations.from_user_id', '=', a), eb('chat_invitations.to_user_id', '=', b)]),
        eb.and([eb('chat_invitations.from_user_id', '=', b), eb('chat_invitations.to_user_id', '=', a)]),
      ]))
      .where((eb) => eb.or([
        eb('chat_invitations.status', '=', 'pending'),
        eb.and([eb('chat_invitations.status', '=', 'accepted'), eb.exists(
          eb.selectFrom('conversation_members').select('user_id')
            .whereRef('conversation_members.conversation_id', '=', 'chat_invitations.conversation_id').where('conversation_members.removed_at', 'is', null),
        )]),
      ]))
      .executeTakeFirst();
  },

  pendingFor(db: DbExecutor, userId: string) {
    return withHandles(db)
      .where('chat_invitations.status', '=', 'pending')
      .where((eb) => eb.or([eb('chat_invitations.from_user_id', '=', userId), eb('chat_invitations.to_user_id', '=', userId)]))
      .orderBy('chat_invitations.created_at', 'desc')
      .execute();
  },

  async answer(db: DbExecutor, id: string, status: 'accepted' | 'declined', at: string, conversationId: string | null): Promise<boolean> {
    const result = await db.updateTable('chat_invitations').set({ status, responded_at: at, conversation_id: conversationId })
      .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },
};
