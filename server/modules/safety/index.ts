import type { PlatformContext } from '../../platform/context.js';
import type { ModulePlugin } from '../../platform/http.js';
import { rooms } from '../../platform/realtime/publisher.js';
import type { Realtime } from '../../platform/realtime/realtime.js';
import type { SupportCircle } from '../profiles/index.js';
import { safetyActionRoutes } from './alerts.routes.js';
import { createAlertsService } from './alerts.service.js';
import { createConcernsService } from './concerns.service.js';
import { crisisLinesRoutes } from './crisis-lines.routes.js';
import { createCrisisLinesService } from './crisis-lines.service.js';
import { runEscalationChecks } from './escalation-timer.js';
import { warmUp } from './detector/index.js';
import { createMessageSafety } from './message-safety.js';
import { createOnCallService } from './on-call.service.js';
import { registerSafetyPlanPersonalData } from './safety-plan.personal-data.js';
import { safetyPlanRepo } from './safety-plan.repo.js';
import { safetyPlanRoutes } from './safety-plan.routes.js';
import { createSafetyPlanService } from './safety-plan.service.js';
import { registerSafetyPersonalData } from './safety.personal-data.js';
import { createSupportCards } from './support-card.js';
import { createTextSafety } from './text-safety.js';

export type { AlertsService } from './alerts.service.js';
export type { TextSafety, TextScreenResult, WrittenText } from './text-safety.js';

export function safetyModule(ctx: PlatformContext, deps: { circle: SupportCircle; sockets: Realtime; countryOf: (userId: string) => Promise<string | null> }) {
  const crisisLines = createCrisisLinesService(ctx);
  const safetyPlans = createSafetyPlanService(ctx, deps);
  const onCall = createOnCallService(ctx);
  const alerts = createAlertsService(ctx);
  const concerns = createConcernsService(ctx);
  const supportCards = createSupportCards({
    crisisLines, onCall, countryOf: deps.countryOf,
    hasSafetyPlan: async (userId) => (await safetyPlanRepo.findPlan(ctx.db, userId)) !== undefined,
  });
  const messageScreen = createMessageSafety(ctx, { alerts, supportCards });
  const textSafety = createTextSafety(ctx, { alerts, supportCards });
  registerSafetyPlanPersonalData(ctx.personalData);
  registerSafetyPersonalData(ctx.personalData);
  deps.sockets.joinOnConnect(async (actor) => (actor.roles.some((role) => role === 'supervisor' || role === 'admin') ? [rooms.safetyTeam] : []));

  const routes: ModulePlugin = async (app) => {
    await app.register(crisisLinesRoutes(crisisLines));
    await app.register(safetyPlanRoutes(safetyPlans));
    await app.register(safetyActionRoutes({ alerts, onCall, concerns, supportCards }));
    runEscalationChecks(app, alerts, ctx.config.safety.escalationCheckSeconds);
    app.addHook('onReady', async () => warmUp());
  };
  return { crisisLines, safetyPlans, alerts, onCall, messageScreen, textSafety, routes };
}
