import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection, useSocketEvent } from '../../../app/socket.js';
import { notificationText } from '../notification-text.js';
import { useNotificationsChanged } from '../queries.js';

/**
 * Keeps the bell and the notification centre current: a new notification sets the count at once and
 * is announced politely; marking read in another tab updates this one; a reconnect catches up.
 */
export function useLiveNotifications(signedIn: boolean, announce: (message: string) => void): void {
  const { t, i18n } = useTranslation();
  const changed = useNotificationsChanged();
  const { generation } = useConnection();

  useEffect(() => {
    if (signedIn && generation > 1) void changed(null);
  }, [signedIn, generation, changed]);

  useSocketEvent('notification:new', ({ notification, unreadCount }) => {
    void changed(unreadCount);
    announce(t('notifications.arrived', { text: notificationText(t, notification, i18n.language) }));
  });
  useSocketEvent('notifications:read', ({ unreadCount }) => void changed(unreadCount));
}
