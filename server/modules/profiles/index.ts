import type { PlatformContext } from '../../platform/context.js';
import type { AccountsService } from '../accounts/index.js';
import type { BlocksService } from '../privacy/index.js';
import { noSupportCircles, type SupportCircle } from './profiles.policy.js';
import { registerProfilesPersonalData } from './profiles.personal-data.js';
import { profilesRoutes } from './profiles.routes.js';
import { createProfilesService } from './profiles.service.js';
import { createSupportersService } from './supporters.service.js';
import { createTopicsService } from './topics.service.js';

export type { SupportCircle } from './profiles.policy.js';
export type { TopicsService } from './topics.service.js';
export { availableSupporterFacts, memberFacts, releaseSupporterSlot, reserveSupporterSlot, type SupporterFacts } from './matching-facts.js';

export function profilesModule(ctx: PlatformContext, deps: { accounts: AccountsService; blocks: BlocksService; circle?: SupportCircle }) {
  const topics = createTopicsService(ctx);
  const profiles = createProfilesService(ctx, { accounts: deps.accounts, blocks: deps.blocks, topics, circle: deps.circle ?? noSupportCircles });
  const supporters = createSupportersService(ctx, { accounts: deps.accounts, topics });
  registerProfilesPersonalData(ctx.personalData);
  return { profiles, supporters, topics, routes: profilesRoutes({ profiles, supporters, topics }) };
}
