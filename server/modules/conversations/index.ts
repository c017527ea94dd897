import type { PlatformContext } from '../../platform/context.js';
import type { Realtime } from '../../platform/realtime/realtime.js';
import { registerConversationsPersonalData } from './conversations.personal-data.js';
import { conversationsRoutes } from './conversations.routes.js';
import { type ConversationsDependencies, createConversationsService } from './conversations.service.js';
import { registerConversationSockets } from './conversations.socket.js';
import type { MessageScreen } from './message-screen.js';
import type { AccountsService } from '../accounts/index.js';
import type { BlocksService } from '../privacy/index.js';
import type { TopicsService } from '../profiles/index.js';
import { chatInvitationsRoutes } from './chat-invitations.routes.js';
import { createChatInvitationsService } from './chat-invitations.service.js';
import { createPrivateRooms } from './private-rooms.js';
import { roomsRoutes } from './rooms.routes.js';
import { createRoomsService } from './rooms.service.js';

export type { Announcement, ConversationsService } from './conversations.service.js';
export type { MessageScreen, ScreenContext, ScreenVerdict } from './message-screen.js';
export type { PrivateRooms } from './private-rooms.js';

export function conversationsModule(ctx: PlatformContext, deps: {
  sockets: Realtime; topics: TopicsService; accounts: AccountsService; blocks: BlocksService; allowedNumbers: ConversationsDependencies['allowedNumbers']; screen: MessageScreen;
  suspendedUntil: ConversationsDependencies['suspendedUntil'];
  privateRoomGate?: ConversationsDependencies['privateRoomGate'];
}) {
  const service = createConversationsService(ctx, {
    screen: deps.screen, allowedNumbers: deps.allowedNumbers, suspendedUntil: deps.suspendedUntil,
    ...(deps.privateRoomGate ? { privateRoomGate: deps.privateRoomGate } : {}),
  });
  registerConversationsPersonalData(ctx.personalData);
  registerConversationSockets(deps.sockets, service, ctx.db);
  const rooms = createRoomsService(ctx, { conversations: service, topics: deps.topics, suspendedUntil: deps.suspendedUntil });
  const invitations = createChatInvitationsService(ctx, { conversations: service, accounts: deps.accounts, blocks: deps.blocks });
  const privateRooms = createPrivateRooms({ clock: ctx.clock, delivery: service.delivery });
  return {
    service,
    rooms,
    privateRooms,
    routes: async (app: Parameters<ReturnType<typeof conversationsRoutes>>[0]) => {
      await app.register(conversationsRoutes(service));
      await app.register(roomsRoutes(rooms));
      await app.register(chatInvitationsRoutes(invitations));
    },
  };
}
