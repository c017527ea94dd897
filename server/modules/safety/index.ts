import type { PlatformContext } from '../../platform/context.js';
import { crisisLinesRoutes } from './crisis-lines.routes.js';
import { createCrisisLinesService } from './crisis-lines.service.js';

export function safetyModule(ctx: PlatformContext) {
  const crisisLines = createCrisisLinesService(ctx);
  return { crisisLines, routes: crisisLinesRoutes(crisisLines) };
}
