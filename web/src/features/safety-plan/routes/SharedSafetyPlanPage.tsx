import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../lib/http.js';
import { DateTime } from '../../../ui/DateTime.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { PlanCredit } from '../components/PlanCredit.js';
import { SafetyPlanView } from '../components/SafetyPlanView.js';
import { planLists } from '../plan-items.js';
import { useSharedSafetyPlan } from '../queries.js';
import { DeadEndPage } from '../../../ui/DeadEndPage.js';

/** A supporter reads a plan a member shared with them; once the member stops sharing, it is simply not available. */
export function SharedSafetyPlanPage() {
  const { t } = useTranslation();
  const { memberId = '' } = useParams();
  const shared = useSharedSafetyPlan(memberId);

  if (shared.error instanceof ApiError && shared.error.status === 404) {
    return (
      <DeadEndPage title={t('safetyPlan.shared.notFoundTitle')} text={t('safetyPlan.shared.notFoundText')} backTo="/safety-plan" backLabel={t('safetyPlan.shared.back')} />
    );
  }
  const title = shared.data ? t('safetyPlan.shared.title', { handle: shared.data.handle }) : t('safetyPlan.shared.loadingTitle');
  return (
    <Page title={title}>
      <QueryState query={shared}>
        {({ plan }) => (
          <>
            <p className="lead">{t('safetyPlan.shared.intro')}</p>
            <p>
              {plan.updatedAt ? (
                <>
                  {t('safetyPlan.lastSaved')} <DateTime iso={plan.updatedAt} />
                </>
              ) : (
                t('safetyPlan.shared.notWrittenYet')
              )}
            </p>
            <SafetyPlanView plan={planLists(plan)} headingLevel={2} />
            <PlanCredit />
          </>
        )}
      </QueryState>
    </Page>
  );
}
