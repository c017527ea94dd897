import type { TFunction } from 'i18next';
import type { NotificationDto, NotificationKind } from '../../../../shared/contracts/notifications.js';
import { formatDateTime } from '../../lib/format.js';

/** i18next reads dots as nesting, so 'check_in.reminder' is looked up as 'check_in_reminder'. */
export function kindKey(kind: NotificationKind): string {
  return kind.replaceAll('.', '_');
}

const WITH_TIME: ReadonlySet<NotificationKind> = new Set(['check_in.reminder', 'check_in.missed', 'check_in.changed']);

function text(value: string | number | null | undefined): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The words for one notification, in the reader's language, from its kind and small data values
 * (a handle, a time, counts). Missing values fall back to a general sentence, never to a blank.
 */
export function notificationText(t: TFunction, notification: Pick<NotificationDto, 'kind' | 'data'>, locale: string): string {
  const { kind, data } = notification;
  const key = kindKey(kind);
  const handle = text(data.handle) ?? t('notifications.someone');
  const plannedAt = text(data.plannedAt);
  if (kind === 'digest.weekly') {
    return t('notifications.text.digest_weekly', { unread: Number(data.unread ?? 0), upcoming: Number(data.upcomingCheckIns ?? 0) });
  }
  if (kind.startsWith('group.')) {
    // Group notifications name the group; meeting changes also say when.
    const group = text(data.groupName) ?? t('notifications.aGroup');
    if ((kind === 'group.meeting_changed' || kind === 'group.meeting_cancelled' || kind === 'group.meeting_reminder') && !plannedAt) {
      return t(`notifications.text.${key}_generic` as 'notifications.text.group_meeting_changed_generic', { group });
    }
    return t(`notifications.text.${key}` as 'notifications.text.group_meeting_changed', { group, handle, when: plannedAt ? formatDateTime(plannedAt, locale) : '' });
  }
  if (WITH_TIME.has(kind)) {
    if (!plannedAt) {
      const generic = `notifications.text.${key}_generic` as const;
      return t(generic as 'notifications.text.check_in_reminder_generic', { handle });
    }
    return t(`notifications.text.${key}` as 'notifications.text.check_in_reminder', { handle, when: formatDateTime(plannedAt, locale) });
  }
  return t(`notifications.text.${key}` as 'notifications.text.goal_shared', { handle });
}
