import type { PersonalDataRegistry } from '../../platform/personal-data.js';
import { blocksRepo } from './blocks.repo.js';
import { consentsRepo } from './consents.repo.js';

export function registerPrivacyPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'consents',
    export: async (db, { userId }) =>
      (await consentsRepo.listForUser(db, userId)).map(({ kind, version, agreed_at, withdrawn_at }) => ({ kind, version, agreed_at, withdrawn_at })),
    erase: (trx, { userId }) => consentsRepo.erase(trx, userId),
  });
  registry.register({
    key: 'blocks',
    export: async (db, { userId }) => blocksRepo.listByBlocker(db, userId),
    erase: (trx, { userId }) => blocksRepo.eraseInvolving(trx, userId),
  });
}
