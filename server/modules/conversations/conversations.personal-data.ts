import type { PersonalDataRegistry } from '../../platform/personal-data.js';

export const MESSAGES_KEPT_BECAUSE =
  'Messages you sent stay for the people you talked with, shown as from "deleted member"; nothing links them to you.';
export const ROOMS_KEPT_BECAUSE =
  'Rooms you created and moderation you did stay for their members, with nothing linking them to you.';

export function registerConversationsPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'messages',
    keptBecause: MESSAGES_KEPT_BECAUSE,
    export: (db, { userId }) =>
      db.selectFrom('messages').select(['conversation_id', 'seq', 'body', 'status', 'created_at', 'edited_at']).where('author_id', '=', userId).orderBy('created_at').execute(),
    erase: async (trx, { userId }) => {
      await trx.updateTable('messages').set({ author_id: null }).where('author_id', '=', userId).execute();
      await trx.deleteFrom('conversation_members').where('user_id', '=', userId).execute();
    },
  });

  registry.register({
    key: 'chatInvitations',
    export: (db, { userId }) =>
      db.selectFrom('chat_invitations').select(['status', 'created_at', 'responded_at'])
        .select((eb) => eb.case().when('from_user_id', '=', userId).then('sent').else('received').end().as('direction'))
        .where((eb) => eb.or([eb('from_user_id', '=', userId), eb('to_user_id', '=', userId)])).orderBy('created_at').execute(),
    erase: async (trx, { userId }) => {
      await trx.deleteFrom('chat_invitations').where((eb) => eb.or([eb('from_user_id', '=', userId), eb('to_user_id', '=', userId)])).execute();
    },
  });

  registry.register({
    key: 'roomModeration',
    keptBecause: ROOMS_KEPT_BECAUSE,
    export: async (db, { userId }) => ({
      roomsCreated: await db.selectFrom('chat_rooms').select(['conversation_id', 'created_at']).where('created_by', '=', userId).execute(),
      messagesHidden: await db.selectFrom('messages').select(['conversation_id', 'seq', 'hidden_reason']).where('hidden_by', '=', userId).execute(),
      membersRemoved: await db.selectFrom('conversation_members').select(['conversation_id', 'removed_at', 'removal_reason'])
        .where('removed_by', '=', userId).where('user_id', '!=', userId).execute(),
    }),
    erase: async (trx, { userId }) => {
      await trx.updateTable('chat_rooms').set({ created_by: null }).where('created_by', '=', userId).execute();
      await trx.updateTable('messages').set({ hidden_by: null }).where('hidden_by', '=', userId).execute();
      await trx.updateTable('conversation_members').set({ removed_by: null }).where('removed_by', '=', userId).execute();
    },
  });
}
