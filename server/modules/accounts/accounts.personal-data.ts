import { throttleKeys } from '../../platform/auth/sign-in-throttle.js';
import type { PersonalDataRegistry } from '../../platform/personal-data.js';

/** The account, its sessions, roles and sign-in throttle state: all erased with the account. */
export function registerAccountsPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'account',
    export: async (db, { userId }) =>
      db.selectFrom('users').select(['id', 'email', 'handle', 'locale', 'created_at', 'updated_at', 'password_changed_at']).where('id', '=', userId).executeTakeFirst(),
    // Deleting the row last lets every other section still find the person while it erases.
    erase: async (trx, { userId }) => {
      await trx.deleteFrom('users').where('id', '=', userId).execute();
    },
  });
  registry.register({
    key: 'sessions',
    export: async (db, { userId }) =>
      db.selectFrom('sessions').select(['id', 'created_at', 'last_seen_at', 'revoked_at', 'user_agent', 'ip']).where('user_id', '=', userId).orderBy('created_at').execute(),
    erase: async (trx, { userId }) => {
      await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
  });
  registry.register({
    key: 'roles',
    export: async (db, { userId }) =>
      db.selectFrom('user_roles').select(['role', 'granted_at']).where('user_id', '=', userId).orderBy('role').execute(),
    erase: async (trx, { userId }) => {
      await trx.deleteFrom('user_roles').where('user_id', '=', userId).execute();
      await trx.updateTable('user_roles').set({ granted_by: null }).where('granted_by', '=', userId).execute();
    },
  });
  registry.register({
    key: 'sign_in_attempts',
    export: async (db, { email }) =>
      db.selectFrom('auth_throttle').select(['failures', 'last_failure_at', 'locked_until']).where('key', '=', throttleKeys.account(email)).executeTakeFirst() ?? null,
    erase: async (trx, { email }) => {
      await trx.deleteFrom('auth_throttle').where('key', '=', throttleKeys.account(email)).execute();
    },
  });
}
