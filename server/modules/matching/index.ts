import type { PlatformContext } from '../../platform/context.js';
import type { ConversationsService } from '../conversations/index.js';
import type { BlocksService } from '../privacy/index.js';
import type { TopicsService } from '../profiles/index.js';
import { createCandidatePool } from './candidate-pool.js';
import { createIntakeService } from './intake.service.js';
import { registerMatchingPersonalData } from './matching.personal-data.js';
import { matchingRoutes } from './matching.routes.js';
import { createMatchingService, type MatchingDeps } from './matching.service.js';

export { relationshipCircle } from './matching.policy.js';

export type { EndedRelationship } from './matching.service.js';

export function matchingModule(ctx: PlatformContext, deps: { blocks: BlocksService; topics: TopicsService; conversations: ConversationsService; onRelationshipEnded?: MatchingDeps['onRelationshipEnded'] }) {
  const pool = createCandidatePool(ctx.db, ctx.clock);
  const service = createMatchingService(ctx, { ...deps, pool });
  const intake = createIntakeService(ctx, { blocks: deps.blocks, pool, weights: service.weights });
  registerMatchingPersonalData(ctx.personalData);
  return { service, pool, routes: matchingRoutes(service, intake) };
}
