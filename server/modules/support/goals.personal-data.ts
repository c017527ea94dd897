import type { PersonalDataRegistry } from '../../platform/personal-data.js';
import { exportGoal } from './goals.presenter.js';
import { goalsRepo } from './goals.repo.js';

export const GOALS_KEPT_BECAUSE =
  'Steps you suggested that a member took on, and progress updates you wrote on their goals, stay in that member’s goal history with nothing linking them to you.';

/** The person's own goals, and what they wrote on goals other members shared with them. */
export function registerGoalsPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'goals',
    keptBecause: GOALS_KEPT_BECAUSE,
    export: async (db, { userId }) => ({
      mine: (await goalsRepo.goalsOf(db, userId)).map(exportGoal),
      // Only the person's own words on other members' goals: the goals themselves are those members' data.
      onOtherMembersGoals: await goalsRepo.contributionsBy(db, userId),
    }),
    erase: (trx, { userId }) => goalsRepo.erase(trx, userId),
  });
}
