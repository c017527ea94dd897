import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useHasRole } from '../../auth/queries.js';
import { FeedbackTrendTable } from '../components/FeedbackTrendTable.js';
import { useMyFeedbackTrend } from '../queries.js';
import '../support.css';

/** A supporter's own feedback trend: how members felt their check-ins went, month by month. */
export function MyFeedbackPage() {
  const { t } = useTranslation();
  const isSupporter = useHasRole('supporter');
  return (
    <Page title={t('support.myFeedback.title')}>
      <p className="lead">{t('support.myFeedback.intro')}</p>
      {isSupporter ? <MyTrend /> : <p>{t('support.myFeedback.notSupporter')}</p>}
    </Page>
  );
}

function MyTrend() {
  const { t } = useTranslation();
  const trend = useMyFeedbackTrend();
  return (
    <>
      <QueryState query={trend}>{(loaded) => <FeedbackTrendTable trend={loaded} whose="mine" />}</QueryState>
      <p>{t('support.myFeedback.care')}</p>
    </>
  );
}
