import {
  notificationListDto, notificationPreferencesDto, unreadCountDto, type MarkReadInput, type NotificationListDto, type NotificationPreferencesDto,
  type NotificationPreferencesInput,
} from '../../../../shared/contracts/notifications.js';
import { getJson, sendJson } from '../../lib/http.js';

export function fetchNotifications(cursor?: string, limit = 20): Promise<NotificationListDto> {
  return getJson('/api/notifications', notificationListDto, { cursor, limit });
}

export async function markNotificationsRead(input: MarkReadInput): Promise<number> {
  return (await sendJson('POST', '/api/notifications/read', unreadCountDto, input)).unreadCount;
}

export function fetchNotificationPreferences(): Promise<NotificationPreferencesDto> {
  return getJson('/api/me/notification-preferences', notificationPreferencesDto);
}

export function saveNotificationPreferences(input: NotificationPreferencesInput): Promise<NotificationPreferencesDto> {
  return sendJson('PUT', '/api/me/notification-preferences', notificationPreferencesDto, input);
}
