import { useTranslation } from 'react-i18next';
import { Loading } from '../ui/Loading.js';

/**
 * Shown while the first page someone opens is still downloading. "Get help now" is there from the first
 * moment, as on every page; it is a plain link because the router is not ready yet.
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <>
      <header className="site-header">
        <div className="help-bar">
          <a href="/help" className="help-link">
            {t('app.getHelpNow')}
          </a>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Loading />
      </main>
    </>
  );
}
