import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationDto } from '../../../../../shared/contracts/notifications.js';
import { problemText } from '../../../lib/error-text.js';
import { DateTime } from '../../../ui/DateTime.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { safeLink } from '../notification-list.js';
import { notificationText } from '../notification-text.js';
import { useMarkNotificationsRead, useNotificationList } from '../queries.js';
import '../notifications.css';

function NotificationItem({ notification, onMarkRead, busy }: { notification: NotificationDto; onMarkRead: (id: string) => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const text = notificationText(t, notification, i18n.language);
  const link = safeLink(notification.link);
  const unread = notification.readAt === null;
  return (
    <li className={unread ? 'notification-item notification-item-unread' : 'notification-item'}>
      <div>
        <p>
          {unread && <strong>{t('notifications.unread')}: </strong>}
          {link ? (
            <Link to={link} onClick={() => unread && onMarkRead(notification.id)}>
              {text}
            </Link>
          ) : (
            text
          )}
        </p>
        <p className="muted">
          <DateTime iso={notification.createdAt} />
        </p>
      </div>
      {unread && (
        <div className="notification-actions">
          <button type="button" className="button-secondary" disabled={busy} aria-label={t('notifications.markReadLabel', { text })} onClick={() => onMarkRead(notification.id)}>
            {t('notifications.markRead')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Everything Kindred has told the person, newest first: open one to go to it, or mark them read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const listId = useId();
  const list = useNotificationList();
  const markRead = useMarkNotificationsRead();
  const [status, setStatus] = useState<string | null>(null);

  const mark = (input: { ids: string[] } | { all: true }) => {
    setStatus(null);
    markRead.mutate(input, {
      onSuccess: () => setStatus('all' in input ? t('notifications.allMarkedRead') : t('notifications.markedRead')),
      onError: (error) => setStatus(problemText(t, error)),
    });
  };

  return (
    <Page title={t('notifications.title')}>
      <p className="lead">{t('notifications.intro')}</p>
      <p>
        <Link to="/settings/notifications">{t('notifications.settingsLink')}</Link>
      </p>
      <StatusMessage message={status} />
      <QueryState query={list}>
        {(data) => {
          const notifications = data.pages.flatMap((page) => page.notifications);
          const unreadCount = data.pages[0]?.unreadCount ?? 0;
          return (
            <section aria-labelledby={listId}>
              <h2 id={listId}>{t('notifications.listLabel')}</h2>
              <p>{unreadCount > 0 ? t('notifications.unreadSummary', { count: unreadCount }) : t('notifications.allReadSummary')}</p>
              {unreadCount > 0 && (
                <p>
                  <button type="button" disabled={markRead.isPending} onClick={() => mark({ all: true })}>
                    {t('notifications.markAllRead')}
                  </button>
                </p>
              )}
              {notifications.length === 0 ? (
                <p>{t('notifications.empty')}</p>
              ) : (
                <ul className="notification-list">
                  {notifications.map((notification) => (
                    <NotificationItem key={notification.id} notification={notification} busy={markRead.isPending} onMarkRead={(id) => mark({ ids: [id] })} />
                  ))}
                </ul>
              )}
              {list.hasNextPage && (
                <button type="button" className="button-secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {t('notifications.loadMore')}
                </button>
              )}
            </section>
          );
        }}
      </QueryState>
    </Page>
  );
}
