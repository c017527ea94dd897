import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../auth/queries.js';
import { Page } from '../../../ui/Page.js';
import { HelpLines } from '../components/HelpLines.js';

/** "Get help now": works signed out, and still shows useful numbers when the server can't be reached. */
export function HelpPage() {
  const { t } = useTranslation();
  const linesHeadingId = useId();
  const me = useMe();
  return (
    <Page title={t('help.title')}>
      <p className="lead">{t('help.intro')}</p>
      <p className="notice notice-urgent">
        <strong>{t('help.emergency')}</strong>
      </p>
      <section aria-labelledby={linesHeadingId}>
        <h2 id={linesHeadingId}>{t('help.linesHeading')}</h2>
        <HelpLines />
      </section>
      {/* Signed in, the team and the person's own safety plan are a step away too. */}
      {me.data && (
        <p>
          <Link to="/help/me">{t('help.supportForYou')}</Link>
        </p>
      )}
    </Page>
  );
}
