import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../ui/DateTime.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { PlanCredit } from '../components/PlanCredit.js';
import { PlansSharedWithMe } from '../components/PlansSharedWithMe.js';
import { SafetyPlanForm } from '../components/SafetyPlanForm.js';
import { SafetyPlanSharing } from '../components/SafetyPlanSharing.js';
import { planLists } from '../plan-items.js';
import { useMySafetyPlan } from '../queries.js';

/** The member's own plan to write and change at any time, a printable copy, and who they share it with. */
export function SafetyPlanPage() {
  const { t } = useTranslation();
  const planHeadingId = useId();
  const mine = useMySafetyPlan();
  return (
    <Page title={t('safetyPlan.title')}>
      <p className="lead">{t('safetyPlan.intro')}</p>
      <p>{t('safetyPlan.notCare')}</p>
      <PlanCredit />
      <PlansSharedWithMe />
      <QueryState query={mine}>
        {({ plan, shares }) => (
          <>
            <section aria-labelledby={planHeadingId}>
              <h2 id={planHeadingId}>{t('safetyPlan.editHeading')}</h2>
              <p>
                {plan.updatedAt ? (
                  <>
                    {t('safetyPlan.lastSaved')} <DateTime iso={plan.updatedAt} />
                  </>
                ) : (
                  t('safetyPlan.notSavedYet')
                )}{' '}
                <Link to="/safety-plan/print">{t('safetyPlan.printLink')}</Link>
              </p>
              <SafetyPlanForm plan={planLists(plan)} />
            </section>
            <SafetyPlanSharing shares={shares} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
