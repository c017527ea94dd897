import type { PersonalDataRegistry } from '../../platform/personal-data.js';
import { profilesRepo } from './profiles.repo.js';
import { applicationsRepo } from './supporters.repo.js';
import { topicsRepo } from './topics.repo.js';

export function registerProfilesPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'profile',
    export: (db, { userId }) => profilesRepo.rawRows(db, userId),
    erase: (trx, { userId }) => profilesRepo.erase(trx, userId),
  });
  registry.register({
    key: 'supporter_applications',
    export: (db, { userId }) => applicationsRepo.listForUser(db, userId),
    erase: (trx, { userId }) => applicationsRepo.erase(trx, userId),
  });
  registry.register({
    key: 'topics_added',
    export: async (db, { userId }) => (await topicsRepo.listCustom(db)).filter((topic) => topic.created_by === userId),
    erase: (trx, { userId }) => topicsRepo.unsetCreator(trx, userId),
  });
}
