import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../ui/DateTime.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { PlanCredit } from '../components/PlanCredit.js';
import { SafetyPlanView } from '../components/SafetyPlanView.js';
import { planLists } from '../plan-items.js';
import { useMySafetyPlan } from '../queries.js';
import '../safety-plan-print.css';

/** The member's plan as a page to print or keep as a PDF: every step, with room to write by hand where one is empty. */
export function SafetyPlanPrintPage() {
  const { t } = useTranslation();
  const mine = useMySafetyPlan();
  return (
    <div className="safety-plan-print">
      <Page title={t('safetyPlan.printTitle')}>
        <div className="actions no-print">
          <button type="button" onClick={() => window.print()}>
            {t('safetyPlan.print')}
          </button>
          <Link to="/safety-plan">{t('safetyPlan.backToEditor')}</Link>
        </div>
        <QueryState query={mine}>
          {({ plan }) => (
            <>
              {plan.updatedAt && (
                <p>
                  {t('safetyPlan.lastSaved')} <DateTime iso={plan.updatedAt} />
                </p>
              )}
              <SafetyPlanView plan={planLists(plan)} headingLevel={2} />
            </>
          )}
        </QueryState>
        <PlanCredit />
      </Page>
    </div>
  );
}
