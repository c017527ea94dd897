import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { DateTime } from '../../../ui/DateTime.js';
import { describePlan } from '../plan-rule.js';
import { useEndPlan } from '../queries.js';
import { supportProblemText } from '../support-problems.js';
import { focusSoon, supportIds, type SupportView } from '../support-view.js';
import { zoneLabel } from '../zoned-time.js';
import { PendingProposal } from './PendingProposal.js';
import { PlanProposalForm } from './PlanProposalForm.js';

const PROPOSE_BUTTON_ID = 'support-propose-button';

/** "Our rhythm": the agreed plan in words, a proposal waiting for an answer, and a way to propose one. */
export function RhythmSection({ view }: { view: SupportView }) {
  const { t, i18n } = useTranslation();
  const { agreedPlan, proposedPlan } = view.summary;
  const participant = view.role !== 'supervisor';
  const canPropose = participant && view.active;
  // With nothing agreed or proposed yet, the form is there at once; otherwise it opens on request.
  const [proposing, setProposing] = useState(false);
  const formOpen = canPropose && (proposing || (!agreedPlan && !proposedPlan));
  const stop = useEndPlan(view.summary.id);

  function stopRhythm() {
    if (stop.isPending) return;
    stop.mutate(view.summary.id, {
      onSuccess: () => {
        view.announce(t('support.rhythm.stoppedStatus'));
        focusSoon(supportIds.rhythmHeading);
      },
    });
  }

  return (
    <section aria-labelledby={supportIds.rhythmHeading}>
      <h2 id={supportIds.rhythmHeading} tabIndex={-1}>
        {t('support.rhythm.heading')}
      </h2>
      <p>
        {t('support.rhythm.zoneNote', { zone: zoneLabel(view.zone) })}{' '}
        {participant && <Link to="/profile">{t('support.rhythm.zoneLink')}</Link>}
      </p>
      {agreedPlan ? (
        <div className="card">
          <p className="support-plan-words">{describePlan(t, agreedPlan, i18n.language)}</p>
          {agreedPlan.meetingDetail && (
            <p>
              {t('support.rhythm.detail')} <span className="story">{agreedPlan.meetingDetail}</span>
            </p>
          )}
          {agreedPlan.agreedAt && (
            <p className="muted">
              {t('support.rhythm.agreedOn')} <DateTime iso={agreedPlan.agreedAt} />
            </p>
          )}
          {stop.isError && (
            <p role="alert" className="notice notice-error">
              {supportProblemText(t, stop.error)}
            </p>
          )}
          {canPropose && (
            <ConfirmButton
              label={t('support.rhythm.stop')}
              question={t('support.rhythm.stopQuestion')}
              confirmLabel={t('support.rhythm.stopYes')}
              cancelLabel={t('support.rhythm.stopNo')}
              onConfirm={stopRhythm}
            />
          )}
        </div>
      ) : (
        <p className="muted">{participant && view.active ? t('support.rhythm.none', { handle: view.otherHandle }) : t('support.rhythm.noneReadOnly')}</p>
      )}
      {proposedPlan && <PendingProposal view={view} plan={proposedPlan} />}
      {participant && (
        <p>
          <Link to="/settings/calendar">{t('support.rhythm.calendarLink')}</Link>
        </p>
      )}
      {formOpen ? (
        <PlanProposalForm
          view={view}
          current={agreedPlan}
          focusOnOpen={proposing}
          onCancel={
            proposing
              ? () => {
                  setProposing(false);
                  focusSoon(PROPOSE_BUTTON_ID);
                }
              : undefined
          }
          onProposed={() => {
            setProposing(false);
            view.announce(t('support.proposeForm.sentStatus', { handle: view.otherHandle }));
            focusSoon(supportIds.proposalHeading);
          }}
        />
      ) : (
        canPropose && (
          <p>
            <button id={PROPOSE_BUTTON_ID} type="button" className="button-secondary" onClick={() => setProposing(true)}>
              {proposedPlan ? t('support.rhythm.proposeInstead') : t('support.rhythm.proposeChange')}
            </button>
          </p>
        )
      )}
    </section>
  );
}
