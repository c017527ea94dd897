import { sql } from 'kysely';
import type { PersonalDataRegistry } from './personal-data.js';

export const AUDIT_KEPT_BECAUSE =
  'Security records (sign-ins, role changes, staff access) are kept so the program can show who did what; your identity is removed from them.';

/** Audit entries are kept for accountability, with the person's id and address removed. */
export function registerAuditPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'audit_log',
    keptBecause: AUDIT_KEPT_BECAUSE,
    export: async (db, { userId }) =>
      db
        .selectFrom('audit_log')
        .select(['at', 'action', 'actor_id', 'subject_type', 'subject_id', 'ip', 'details'])
        .where((eb) => eb.or([eb('actor_id', '=', userId), eb('subject_id', '=', userId)]))
        .orderBy('id')
        .execute(),
    erase: async (trx, { userId }) => {
      await trx.updateTable('audit_log').set({ actor_id: null, ip: null }).where('actor_id', '=', userId).execute();
      await trx.updateTable('audit_log').set({ subject_id: null, ip: null }).where('subject_id', '=', userId).execute();
      // Entries about something else can still name the person in their details (the author of a hidden message).
      await trx.updateTable('audit_log').set({ details: sql<string>`replace(details, ${userId}, 'deleted')` }).where('details', 'like', `%${userId}%`).execute();
    },
  });
}
