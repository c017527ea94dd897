import type { PlatformContext } from '../../platform/context.js';
import { registerAccountsPersonalData } from './accounts.personal-data.js';
import { accountsRoutes } from './accounts.routes.js';
import { type AccountHooks, createAccountsService } from './accounts.service.js';

export type { AccountsService, NewAccount } from './accounts.service.js';

export function accountsModule(ctx: PlatformContext, hooks: AccountHooks) {
  const service = createAccountsService(ctx, hooks);
  registerAccountsPersonalData(ctx.personalData);
  return { service, routes: accountsRoutes(ctx, service) };
}
