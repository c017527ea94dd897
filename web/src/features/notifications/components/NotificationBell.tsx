import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useIsSignedIn } from '../../auth/queries.js';
import { useLiveNotifications } from '../hooks/use-live-notifications.js';
import { useUnreadNotifications } from '../queries.js';
import '../notifications.css';

/** The header's way into the notification centre: its name says how many are unread; arrivals are announced. */
export function NotificationBell() {
  const { t } = useTranslation();
  const signedIn = useIsSignedIn();
  const unread = useUnreadNotifications(signedIn);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  useLiveNotifications(signedIn, setAnnouncement);
  if (!signedIn) return null;
  const count = unread.data ?? 0;
  return (
    <div className="notification-bell">
      <NavLink to="/notifications" end aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')} data-testid="notification-bell">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {count > 0 && (
          <span className="badge" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </NavLink>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
