import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/Page.js';

/** Shown when a page fails to render, keeping the header (and "Get help now") in place. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Page title={t('routeError.title')}>
      <p>{t('routeError.text')}</p>
      <p>
        <Link to="/">{t('app.startPage')}</Link>
      </p>
    </Page>
  );
}
