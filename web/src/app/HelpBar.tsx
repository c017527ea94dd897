import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Get help now", first on every page. Before the router is ready (a first page still loading) it is a plain link. */
export function HelpBar({ routerReady = true }: { routerReady?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="help-bar">
      {routerReady ? (
        <Link to="/help" className="help-link">
          {t('app.getHelpNow')}
        </Link>
      ) : (
        <a href="/help" className="help-link">
          {t('app.getHelpNow')}
        </a>
      )}
    </div>
  );
}
