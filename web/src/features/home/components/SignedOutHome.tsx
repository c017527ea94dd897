import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page.js';

/** What Kindred is, that it is not a crisis service, and how to join. */
export function SignedOutHome() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.intro')}</p>
      <p className="notice">
        <Trans i18nKey="home.notCrisis" components={{ helpLink: <Link to="/help" /> }} />
      </p>
      <div className="actions">
        <Link className="button" to="/sign-up">
          {t('home.join')}
        </Link>
        <Link className="button button-secondary" to="/sign-in">
          {t('home.haveAccount')}
        </Link>
      </div>
    </Page>
  );
}
