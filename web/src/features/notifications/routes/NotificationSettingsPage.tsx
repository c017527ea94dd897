import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { NotificationPreferencesForm } from '../components/NotificationPreferencesForm.js';
import { useNotificationPreferences } from '../queries.js';
import '../notifications.css';

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  return (
    <Page title={t('notifications.settings.title')}>
      <p className="lead">{t('notifications.settings.intro')}</p>
      <p>
        <Link to="/notifications">{t('notifications.title')}</Link>
      </p>
      <QueryState query={preferences}>{(saved) => <NotificationPreferencesForm saved={saved} />}</QueryState>
    </Page>
  );
}
