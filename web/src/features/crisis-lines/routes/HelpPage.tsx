import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { HelpLines } from '../components/HelpLines.js';

/** "Get help now": works signed out, and still shows useful numbers when the server can't be reached. */
export function HelpPage() {
  const { t } = useTranslation();
  const linesHeadingId = useId();
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
    </Page>
  );
}
