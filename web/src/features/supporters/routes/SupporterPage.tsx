import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useOwnProfile } from '../../profiles/queries.js';
import { BecomeSupporter } from '../components/BecomeSupporter.js';
import { SupporterSettings } from '../components/SupporterSettings.js';

/** Supporters see their settings; everyone else can apply, or see how their application stands. */
export function SupporterPage() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  return (
    <Page title={t('supporter.title')}>
      <QueryState query={profile}>
        {(own) =>
          own.supporter ? (
            <SupporterSettings key={own.userId} supporter={own.supporter} />
          ) : (
            <BecomeSupporter />
          )
        }
      </QueryState>
    </Page>
  );
}
