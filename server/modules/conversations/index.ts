import type { PlatformContext } from '../../platform/context.js';
import { registerConversationsPersonalData } from './conversations.personal-data.js';
import { conversationsRoutes } from './conversations.routes.js';
import { createConversationsService } from './conversations.service.js';
import { holdNothing, type MessageScreen } from './message-screen.js';

export type { ConversationsService } from './conversations.service.js';
export type { MessageScreen } from './message-screen.js';

export function conversationsModule(ctx: PlatformContext, deps: { screen?: MessageScreen } = {}) {
  const service = createConversationsService(ctx, deps.screen ?? holdNothing);
  registerConversationsPersonalData(ctx.personalData);
  return { service, routes: conversationsRoutes(service) };
}
