import { readInput, sendMessageInput } from '../../../shared/contracts/conversations.js';
import { z } from 'zod';
import { parseOrProblem } from '../../platform/errors.js';
import type { Realtime } from '../../platform/realtime/realtime.js';
import { rooms } from '../../platform/realtime/publisher.js';
import { conversationsRepo } from './conversations.repo.js';
import type { ConversationsService } from './conversations.service.js';

const conversationRef = z.object({ conversationId: z.string().min(1).max(64) });
const sendEvent = conversationRef.extend(sendMessageInput.shape);
const markEvent = conversationRef.extend(readInput.shape);

/** The socket face of conversations: the same service as HTTP, so both paths behave alike. */
export function registerConversationSockets(sockets: Realtime, service: ConversationsService, db: Parameters<typeof conversationsRepo.activeConversationIds>[0]): void {
  sockets.joinOnConnect(async (actor) => (await conversationsRepo.activeConversationIds(db, actor.userId)).map(rooms.conversation));

  sockets.handle('message:send', async (actor, payload) => {
    const { conversationId, ...input } = parseOrProblem(sendEvent, payload);
    const { message, supportCard } = await service.send(actor, conversationId, input);
    return { ok: true, message, supportCard };
  });

  sockets.handle('conversation:delivered', async (actor, payload) => {
    const { conversationId, seq } = parseOrProblem(markEvent, payload);
    await service.markDelivered(actor, conversationId, seq);
  });

  sockets.handle('conversation:read', async (actor, payload) => {
    const { conversationId, seq } = parseOrProblem(markEvent, payload);
    await service.markRead(actor, conversationId, seq);
  });

  // Typing is fleeting: nothing is stored, and only sockets already in the conversation's room may signal it.
  sockets.handle('conversation:typing', (actor, payload, socket) => {
    const { conversationId } = parseOrProblem(conversationRef, payload);
    const room = rooms.conversation(conversationId);
    if (socket.rooms.has(room)) socket.to(room).except(rooms.user(actor.userId)).emit('conversation:typing', { conversationId, userId: actor.userId, handle: actor.handle });
  });
}
