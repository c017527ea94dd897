import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from '../features/account/components/LanguageSwitcher.js';
import { NotificationBell } from '../features/notifications/components/NotificationBell.js';
import { HelpBar } from './HelpBar.js';
import { SiteNav } from './SiteNav.js';

/** "Get help now" comes first, on every page, signed in or out. */
export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <HelpBar />
      <div className="header-main">
        <Link to="/" className="site-name">
          {t('app.name')}
        </Link>
        <SiteNav />
        <NotificationBell />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
