import {
  markReadInput, notificationListDto, notificationListQuery, notificationPreferencesDto, notificationPreferencesInput, unreadCountDto,
} from '../../../shared/contracts/notifications.js';
import { actorOf, type ModulePlugin } from '../../platform/http.js';
import { OWN_NOTIFICATIONS } from './notifications.policy.js';
import type { NotificationsService } from './notifications.service.js';

const tags = ['notifications'];

export function notificationsRoutes(service: NotificationsService): ModulePlugin {
  return async (app) => {
    app.get('/api/notifications', {
      config: { access: OWN_NOTIFICATIONS },
      schema: { tags, summary: 'My notifications, newest first, with how many are unread', querystring: notificationListQuery, response: { 200: notificationListDto } },
    }, async (request) => service.list(actorOf(request), request.query));

    app.post('/api/notifications/read', {
      config: { access: OWN_NOTIFICATIONS },
      schema: { tags, summary: 'Mark some of my notifications (ids) or all of them (all: true) as read', body: markReadInput, response: { 200: unreadCountDto } },
    }, async (request) => service.markRead(actorOf(request), request.body));

    app.get('/api/me/notification-preferences', {
      config: { access: OWN_NOTIFICATIONS },
      schema: { tags, summary: 'How and when I am notified', response: { 200: notificationPreferencesDto } },
    }, async (request) => service.preferences(actorOf(request)));

    app.put('/api/me/notification-preferences', {
      config: { access: OWN_NOTIFICATIONS },
      schema: { tags, summary: 'Change how and when I am notified (fields left out stay as they are)', body: notificationPreferencesInput, response: { 200: notificationPreferencesDto } },
    }, async (request) => service.savePreferences(actorOf(request), request.body));
  };
}
