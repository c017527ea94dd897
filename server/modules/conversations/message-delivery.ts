import type { Db } from '../../platform/db/connect.js';
import type { RealtimePublisher } from '../../platform/realtime/publisher.js';
import { bystander, presentMessage } from './conversations.presenter.js';
import { conversationsRepo, type MessageView } from './conversations.repo.js';

/**
 * Sends a committed message, or a change to one, to the people in its conversation. The author and a
 * room's moderators may see more than everyone else, so they get their own copy.
 */
export function createMessageDelivery(db: Db, realtime: RealtimePublisher) {
  return {
    async announce(event: 'message:new' | 'message:updated', row: MessageView, kind: string): Promise<void> {
      // Moderators see more than others only of held and hidden messages, so only then are they looked up.
      const moderators = kind === 'room' && (row.status === 'hidden' || row.status === 'held') ? await conversationsRepo.moderatorIds(db, row.conversation_id) : [];
      const personal = [...new Set([...(row.author_id ? [row.author_id] : []), ...moderators])];
      realtime.toConversationExcept(row.conversation_id, personal, event, presentMessage(row, bystander));
      for (const userId of personal) {
        realtime.toUser(userId, event, presentMessage(row, { userId, moderator: moderators.includes(userId) }));
      }
    },

    joined(userIds: string[], conversationId: string): void {
      for (const userId of userIds) {
        realtime.joinConversation(userId, conversationId);
        realtime.toUser(userId, 'conversations:changed');
      }
    },

    left(userIds: string[], conversationId: string): void {
      for (const userId of userIds) {
        realtime.leaveConversation(userId, conversationId);
        realtime.toUser(userId, 'conversations:changed');
      }
    },
  };
}

export type MessageDelivery = ReturnType<typeof createMessageDelivery>;
