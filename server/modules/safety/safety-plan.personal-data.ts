import type { PersonalDataRegistry } from '../../platform/personal-data.js';
import { presentPlan } from './safety-plan.presenter.js';
import { safetyPlanRepo } from './safety-plan.repo.js';

export function registerSafetyPlanPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'safety_plan',
    export: async (db, { userId }) => {
      const plan = await safetyPlanRepo.findPlan(db, userId);
      return {
        plan: plan ? presentPlan(plan) : null,
        sharedWith: await safetyPlanRepo.shareHistory(db, userId),
        // Whose plans were shared with me is theirs to export; I get only when access began and ended.
        sharedWithMe: await safetyPlanRepo.sharesReceivedHistory(db, userId),
      };
    },
    erase: (trx, { userId }) => safetyPlanRepo.erase(trx, userId),
  });
}
