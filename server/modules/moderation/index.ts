import type { PlatformContext } from '../../platform/context.js';
import type { AccountsService } from '../accounts/index.js';
import type { ConversationsService } from '../conversations/index.js';
import { registerModerationPersonalData } from './moderation.personal-data.js';
import { reportsRoutes } from './reports.routes.js';
import { createReportsService } from './reports.service.js';

export { activeSuspension } from './sanctions.repo.js';

export function moderationModule(ctx: PlatformContext, deps: { conversations: ConversationsService; accounts: AccountsService }) {
  const reports = createReportsService(ctx, deps);
  registerModerationPersonalData(ctx.personalData);
  return { reports, routes: reportsRoutes(reports) };
}
