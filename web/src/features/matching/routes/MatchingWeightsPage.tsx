import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { WeightsForm } from '../components/WeightsForm.js';
import { useMatchingWeights } from '../queries.js';

/** How suggestions are ordered, for administrators; the hard rules are explained first. */
export function MatchingWeightsPage() {
  const { t } = useTranslation();
  const weights = useMatchingWeights();
  return (
    <Page title={t('admin.matching.title')}>
      <p>{t('admin.matching.intro')}</p>
      <QueryState query={weights}>{(current) => <WeightsForm weights={current} />}</QueryState>
    </Page>
  );
}
