import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInPlanDto } from '../../../../../shared/contracts/support.js';
import { describePlan } from '../plan-rule.js';
import { useAnswerPlan } from '../queries.js';
import { supportProblemText } from '../support-problems.js';
import { focusSoon, handleOf, supportIds, type SupportView } from '../support-view.js';
import { PlanPreview } from './PlanPreview.js';

/**
 * A rhythm waiting for an answer. The person who proposed it waits; the other person agrees or
 * declines, seeing the first meetings it gives on their own clock.
 */
export function PendingProposal({ view, plan }: { view: SupportView; plan: CheckInPlanDto }) {
  const { t, i18n } = useTranslation();
  const previewId = useId();
  const answer = useAnswerPlan(view.summary.id);
  const proposer = plan.proposedBy ? handleOf(view.summary, plan.proposedBy) : null;
  const mine = plan.proposedBy !== null && plan.proposedBy === view.role;
  const canAnswer = view.active && !mine && view.role !== 'supervisor' && plan.proposedBy !== null;

  function respond(agree: boolean) {
    if (answer.isPending) return;
    answer.mutate(
      { relationshipId: view.summary.id, planId: plan.id, agree },
      {
        onSuccess: () => {
          view.announce(agree ? t('support.pendingPlan.agreedStatus') : t('support.pendingPlan.declinedStatus', { handle: proposer ?? '' }));
          focusSoon(supportIds.rhythmHeading);
        },
      },
    );
  }

  return (
    <section className="card support-proposal" aria-labelledby={supportIds.proposalHeading}>
      <h3 id={supportIds.proposalHeading} tabIndex={-1}>
        {mine ? t('support.pendingPlan.mineHeading') : proposer ? t('support.pendingPlan.heading', { handle: proposer }) : t('support.pendingPlan.headingFormer')}
      </h3>
      <p className="support-plan-words">{describePlan(t, plan, i18n.language)}</p>
      {plan.meetingDetail && (
        <p>
          {t('support.rhythm.detail')} <span className="story">{plan.meetingDetail}</span>
        </p>
      )}
      <PlanPreview plan={plan} zone={view.zone} headingId={previewId} />
      {mine && <p>{t('support.pendingPlan.waiting', { handle: view.otherHandle })}</p>}
      {answer.isError && (
        <p role="alert" className="notice notice-error">
          {supportProblemText(t, answer.error)}
        </p>
      )}
      {canAnswer && (
        <div className="actions">
          <button type="button" onClick={() => respond(true)}>
            {t('support.pendingPlan.agree')}
          </button>
          <button type="button" className="button-secondary" onClick={() => respond(false)}>
            {t('support.pendingPlan.decline')}
          </button>
        </div>
      )}
    </section>
  );
}
