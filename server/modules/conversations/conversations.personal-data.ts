import type { PersonalDataRegistry } from '../../platform/personal-data.js';

export const MESSAGES_KEPT_BECAUSE =
  'Messages you sent stay for the people you talked with, shown as from "deleted member"; nothing links them to you.';

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
}
