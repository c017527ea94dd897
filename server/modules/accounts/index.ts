import type { PlatformContext } from '../../platform/context.js';
import { accountsRoutes } from './accounts.routes.js';
import { createAccountsService } from './accounts.service.js';

export { createAccountsService, type AccountsService, type NewAccount } from './accounts.service.js';

export function accountsModule(ctx: PlatformContext) {
  const service = createAccountsService(ctx);
  return { service, routes: accountsRoutes(ctx, service) };
}
