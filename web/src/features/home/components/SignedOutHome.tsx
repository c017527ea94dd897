import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import type { EndedSessionState } from '../../auth/queries.js';

/** What Kindred is, that it is not a crisis service, and how to join; says goodbye after an account is deleted. */
export function SignedOutHome() {
  const { t } = useTranslation();
  const state = useLocation().state as EndedSessionState | null;
  return (
    <Page title={t('home.title')}>
      <StatusMessage message={state?.accountDeleted ? t('data.deleted') : null} />
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
