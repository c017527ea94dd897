import type { PlatformContext } from '../../platform/context.js';
import type { Realtime } from '../../platform/realtime/realtime.js';
import { registerConversationsPersonalData } from './conversations.personal-data.js';
import { conversationsRoutes } from './conversations.routes.js';
import { type ConversationsDependencies, createConversationsService } from './conversations.service.js';
import { registerConversationSockets } from './conversations.socket.js';
import { holdNothing, type MessageScreen } from './message-screen.js';

export type { Announcement, ConversationsService } from './conversations.service.js';
export type { MessageScreen } from './message-screen.js';

export function conversationsModule(ctx: PlatformContext, deps: { sockets: Realtime; allowedNumbers: ConversationsDependencies['allowedNumbers']; screen?: MessageScreen }) {
  const service = createConversationsService(ctx, { screen: deps.screen ?? holdNothing, allowedNumbers: deps.allowedNumbers });
  registerConversationsPersonalData(ctx.personalData);
  registerConversationSockets(deps.sockets, service, ctx.db);
  return { service, routes: conversationsRoutes(service) };
}
