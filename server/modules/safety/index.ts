import type { PlatformContext } from '../../platform/context.js';
import type { ModulePlugin } from '../../platform/http.js';
import type { SupportCircle } from '../profiles/index.js';
import { crisisLinesRoutes } from './crisis-lines.routes.js';
import { createCrisisLinesService } from './crisis-lines.service.js';
import { registerSafetyPlanPersonalData } from './safety-plan.personal-data.js';
import { safetyPlanRoutes } from './safety-plan.routes.js';
import { createSafetyPlanService } from './safety-plan.service.js';

export function safetyModule(ctx: PlatformContext, deps: { circle: SupportCircle }) {
  const crisisLines = createCrisisLinesService(ctx);
  const safetyPlans = createSafetyPlanService(ctx, deps);
  registerSafetyPlanPersonalData(ctx.personalData);
  const routes: ModulePlugin = async (app) => {
    await app.register(crisisLinesRoutes(crisisLines));
    await app.register(safetyPlanRoutes(safetyPlans));
  };
  return { crisisLines, safetyPlans, routes };
}
