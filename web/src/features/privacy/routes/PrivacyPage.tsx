import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { BlockedPeople } from '../components/BlockedPeople.js';
import { VisibilityLevels } from '../components/VisibilityLevels.js';

export function PrivacyPage() {
  const { t } = useTranslation();
  const moreHeadingId = useId();
  return (
    <Page title={t('privacy.title')}>
      <p className="lead">{t('privacy.intro')}</p>
      <VisibilityLevels />
      <BlockedPeople />
      <section aria-labelledby={moreHeadingId}>
        <h2 id={moreHeadingId}>{t('privacy.moreHeading')}</h2>
        <ul>
          <li>
            <Link to="/privacy/consents">{t('privacy.consentsLink')}</Link>
          </li>
          <li>
            <Link to="/account/data">{t('privacy.dataLink')}</Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}
