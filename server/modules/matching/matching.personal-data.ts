import type { PersonalDataRegistry } from '../../platform/personal-data.js';
import { releaseSupporterSlot } from '../profiles/index.js';
import { matchingRepo } from './matching.repo.js';

export function registerMatchingPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'support_requests',
    export: async (db, { userId }) => ({
      requests: await db.selectFrom('support_requests').selectAll().where('member_id', '=', userId).execute(),
      offers: await db.selectFrom('match_offers').select(['id', 'request_id', 'supporter_id', 'member_id', 'status', 'created_at', 'responded_at'])
        .where((eb) => eb.or([eb('member_id', '=', userId), eb('supporter_id', '=', userId)])).execute(),
    }),
    erase: async (trx, { userId }) => {
      await trx.deleteFrom('match_offers').where((eb) => eb.or([eb('member_id', '=', userId), eb('supporter_id', '=', userId)])).execute();
      await trx.deleteFrom('support_requests').where('member_id', '=', userId).execute();
    },
  });
  registry.register({
    key: 'settings_changed',
    export: (db, { userId }) => db.selectFrom('program_settings').select(['key', 'updated_at']).where('updated_by', '=', userId).execute(),
    erase: async (trx, { userId }) => {
      await trx.updateTable('program_settings').set({ updated_by: null }).where('updated_by', '=', userId).execute();
    },
  });
  registry.register({
    key: 'support_relationships',
    export: (db, { userId }) => matchingRepo.relationshipsOf(db, userId),
    // A supporter whose member leaves gets the place back; the relationship itself goes with the person.
    erase: async (trx, { userId }) => {
      for (const relationship of await matchingRepo.activeRelationshipsOf(trx, userId)) {
        if (relationship.member_id === userId) await releaseSupporterSlot(trx, relationship.supporter_id);
      }
      await trx.updateTable('support_relationships').set({ ended_by: null }).where('ended_by', '=', userId).execute();
      await trx.deleteFrom('support_relationships').where((eb) => eb.or([eb('member_id', '=', userId), eb('supporter_id', '=', userId)])).execute();
    },
  });
}
