import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../ui/QueryState.js';
import { isEmptyPlan, planLists } from '../plan-items.js';
import { useMySafetyPlan } from '../queries.js';
import { SafetyPlanView } from './SafetyPlanView.js';

/**
 * The signed-in member's own plan, short, for the support card and other places that need it at hand:
 * the steps they filled in under level-3 headings, and a link to the whole plan (or to make one).
 */
export function SafetyPlanSummary() {
  const { t } = useTranslation();
  const mine = useMySafetyPlan();
  return (
    <QueryState query={mine}>
      {({ plan }) =>
        isEmptyPlan(planLists(plan)) ? (
          <p>
            {t('safetyPlan.summaryEmpty')} <Link to="/safety-plan">{t('safetyPlan.makeLink')}</Link>
          </p>
        ) : (
          <>
            <SafetyPlanView plan={planLists(plan)} headingLevel={3} skipEmpty />
            <p>
              <Link to="/safety-plan">{t('safetyPlan.openLink')}</Link>
            </p>
          </>
        )
      }
    </QueryState>
  );
}
