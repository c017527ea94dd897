import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SignOutButton } from '../features/auth/components/SignOutButton.js';
import { useMe } from '../features/auth/queries.js';
import { totalUnread } from '../features/conversations/conversation-display.js';
import { useLiveConversations } from '../features/conversations/hooks/use-live-conversations.js';
import { useConversations } from '../features/conversations/queries.js';

export function SiteNav() {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data;
  // The navigation is on every page, so it keeps the live connection and the unread count for the signed-in person.
  useLiveConversations(user?.id ?? null);
  const conversations = useConversations(Boolean(user));
  const unread = user && conversations.data ? totalUnread(conversations.data) : 0;
  // Alerts go to supervisors and admins; concerns to supporters and room moderators (who are trained staff).
  const onSafetyTeam = Boolean(user?.roles.some((role) => role === 'supervisor' || role === 'admin'));
  const isSupporter = Boolean(user?.roles.includes('supporter'));
  const isSupervisor = Boolean(user?.roles.includes('supervisor'));
  const caresForOthers = onSafetyTeam || isSupporter;

  return (
    <nav aria-label={t('app.mainNav')} className="site-nav">
      {user ? (
        <ul>
          <li>
            <NavLink to="/" end>
              {t('app.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/conversations">
              {t('app.conversations')}
              {unread > 0 && <span className="badge">{t('app.unreadCount', { count: unread })}</span>}
            </NavLink>
          </li>
          <li>
            <NavLink to="/rooms">{t('app.rooms')}</NavLink>
          </li>
          <li>
            <NavLink to="/groups">{t('groups.nav')}</NavLink>
          </li>
          <li>
            <NavLink to="/safety-plan">{t('app.safetyPlan')}</NavLink>
          </li>
          <li>
            <NavLink to="/goals">{t('goals.nav')}</NavLink>
          </li>
          {isSupporter && (
            <li>
              <NavLink to="/supporter/feedback">{t('support.nav.myFeedback')}</NavLink>
            </li>
          )}
          {isSupervisor && (
            <li>
              <NavLink to="/supervision">{t('support.nav.supervision')}</NavLink>
            </li>
          )}
          {onSafetyTeam && (
            <li>
              <NavLink to="/safety" end>
                {t('app.safetyAlerts')}
              </NavLink>
            </li>
          )}
          {onSafetyTeam && (
            <li>
              <NavLink to="/safety/reports">{t('reports.queue.title')}</NavLink>
            </li>
          )}
          {caresForOthers && (
            <li>
              <NavLink to="/safety/concerns">{t('app.concerns')}</NavLink>
            </li>
          )}
          <li>
            <NavLink to="/reports/mine">{t('reports.mine.title')}</NavLink>
          </li>
          <li>
            <NavLink to="/profile">{t('app.profile')}</NavLink>
          </li>
          <li>
            <NavLink to="/privacy">{t('app.privacy')}</NavLink>
          </li>
          <li>
            <NavLink to="/account/security">{t('app.accountSecurity')}</NavLink>
          </li>
          {user.roles.includes('admin') && (
            <li>
              <NavLink to="/admin">{t('app.admin')}</NavLink>
            </li>
          )}
          <li>
            <SignOutButton />
          </li>
        </ul>
      ) : (
        !me.isPending && (
          <ul>
            <li>
              <NavLink to="/sign-in">{t('app.signIn')}</NavLink>
            </li>
            <li>
              <NavLink to="/sign-up">{t('app.createAccount')}</NavLink>
            </li>
          </ul>
        )
      )}
    </nav>
  );
}
