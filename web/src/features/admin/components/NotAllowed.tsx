import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page.js';

/** Shown instead of an admin page to anyone without the admin role. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Page title={t('admin.notAllowed.title')}>
      <p>{t('admin.notAllowed.text')}</p>
      <p>
        <Link to="/">{t('app.startPage')}</Link>
      </p>
    </Page>
  );
}
