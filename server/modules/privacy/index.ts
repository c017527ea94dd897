import type { PlatformContext } from '../../platform/context.js';
import type { AccountsService } from '../accounts/index.js';
import { createBlocksService } from './blocks.service.js';
import type { ConsentsService } from './consents.service.js';
import { createDataRightsService } from './data-rights.service.js';
import { registerPrivacyPersonalData } from './privacy.personal-data.js';
import { privacyRoutes } from './privacy.routes.js';

export { createConsentsService, type ConsentsService } from './consents.service.js';
export type { BlocksService } from './blocks.service.js';

/** Consents are created first because registration records them; everything else needs the accounts service. */
export function privacyModule(ctx: PlatformContext, deps: { accounts: AccountsService; consents: ConsentsService }) {
  const blocks = createBlocksService(ctx, deps.accounts);
  const dataRights = createDataRightsService(ctx, deps.accounts);
  registerPrivacyPersonalData(ctx.personalData);
  return { blocks, routes: privacyRoutes(ctx, { consents: deps.consents, blocks, dataRights }) };
}
