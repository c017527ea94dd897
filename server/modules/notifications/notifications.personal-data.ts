import type { PersonalDataRegistry } from '../../platform/personal-data.js';
import { presentPreferences, resolvePreferences } from './notifications.presenter.js';
import { notificationsRepo } from './notifications.repo.js';
import { digestKeyPrefix } from './notifications.service.js';

/**
 * A person's notifications and their settings. Jobs that send them hold only record ids; the weekly
 * digest's job names its person, so erasure removes it with the settings.
 */
export function registerNotificationsPersonalData(registry: PersonalDataRegistry): void {
  registry.register({
    key: 'notifications',
    export: async (db, { userId }) => {
      const row = await notificationsRepo.preferences(db, userId);
      const { alwaysInApp: _always, emailAvailable: _available, ...preferences } = presentPreferences(resolvePreferences(row), {
        timeZone: (await notificationsRepo.timeZoneOf(db, userId)) ?? 'UTC', emailAvailable: false,
      });
      return {
        notifications: (await notificationsRepo.exportFor(db, userId)).map((notification) => ({ ...notification, data: JSON.parse(notification.data) as unknown })),
        preferences: row ? { ...preferences, updatedAt: row.updated_at } : null,
      };
    },
    erase: (trx, { userId }) => notificationsRepo.erase(trx, userId, digestKeyPrefix(userId)),
  });
}
