import type { PersonalDataRegistry } from '../../platform/personal-data.js';
import { presentPreferences, resolvePreferences } from './notifications.presenter.js';
import { notificationsRepo } from './notifications.repo.js';
import { digestKeyPrefix } from './notifications.service.js';

/**
 * A person's notifications and their settings, and their name in other people's notifications. Jobs that send them hold only record ids; the weekly
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
    erase: async (trx, { userId }) => {
      // Other people's notifications may name the person ("Rowan shared a goal"): those values become
      // null, which reads as "Someone". Runs before the account row goes, so the handle is still known.
      const handle = await notificationsRepo.handleOf(trx, userId);
      for (const value of [handle, userId]) {
        if (!value) continue;
        for (const row of await notificationsRepo.mentioning(trx, value, userId)) {
          const data = JSON.parse(row.data) as Record<string, unknown>;
          const scrubbed = Object.fromEntries(Object.entries(data).map(([key, field]) => [key, field === value ? null : field]));
          if (JSON.stringify(scrubbed) !== row.data) await notificationsRepo.setData(trx, row.id, JSON.stringify(scrubbed));
        }
      }
      await notificationsRepo.erase(trx, userId, digestKeyPrefix(userId));
    },
  });
}
