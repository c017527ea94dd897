import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { useHasRole } from '../../auth/queries.js';
import { IncomingRequests } from '../components/IncomingRequests.js';

/** Requests from members who chose this supporter; only for peer supporters. */
export function SupporterRequestsPage() {
  const { t } = useTranslation();
  const isSupporter = useHasRole('supporter');
  return (
    <Page title={t('supporterRequests.title')}>
      {isSupporter ? (
        <>
          <p className="lead">{t('supporterRequests.intro')}</p>
          <p>
            <Link to="/relationships">{t('supporterRequests.relationshipsLink')}</Link>
          </p>
          <IncomingRequests />
        </>
      ) : (
        <>
          <p>{t('supporterRequests.notSupporter')}</p>
          <p>
            <Link to="/profile/supporter">{t('supporter.becomeLink')}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
