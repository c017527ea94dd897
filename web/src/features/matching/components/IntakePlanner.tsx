import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakePlanDto } from '../../../../../shared/contracts/matching.js';
import { problemText } from '../../../lib/error-text.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import type { IntakeAssignment } from '../api.js';
import { skippedProposals, type SkippedProposal } from '../intake-plan.js';
import { useConfirmIntake, useProposeIntake } from '../queries.js';
import { IntakeProposals } from './IntakeProposals.js';
import { IntakeSent } from './IntakeSent.js';
import { IntakeUnplaced } from './IntakeUnplaced.js';

function isEmpty(plan: IntakePlanDto): boolean {
  return plan.proposals.length === 0 && plan.unplaced.length === 0;
}

/**
 * Works out the plan only when asked (it is a computation over everyone waiting), shows it for review,
 * sends the ticked pairs, then reports what was sent and what was skipped. Each step is announced.
 */
export function IntakePlanner() {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const propose = useProposeIntake();
  const confirm = useConfirmIntake();
  const [status, setStatus] = useState<string | null>(null);
  const [sent, setSent] = useState<{ proposed: number; skipped: readonly SkippedProposal[] } | null>(null);
  const busy = propose.isPending || confirm.isPending;
  const plan = propose.data && !isEmpty(propose.data) ? propose.data : null;

  // Sending replaces the table (and the button that was pressed) with the outcome: keep the person's place.
  useEffect(() => {
    if (sent) heading.current?.focus();
  }, [sent]);

  function handlePropose() {
    if (busy) return;
    setSent(null);
    confirm.reset();
    setStatus(t('admin.intake.proposing'));
    propose.mutate(undefined, {
      onSuccess: (result) =>
        setStatus(isEmpty(result) ? t('admin.intake.empty') : t('admin.intake.ready', { count: result.proposals.length })),
      onError: () => setStatus(null),
    });
  }

  function handleSend(reviewed: IntakePlanDto, assignments: IntakeAssignment[]) {
    if (busy) return;
    setStatus(t('admin.intake.sending'));
    confirm.mutate(assignments, {
      onSuccess: (result) => {
        setStatus(t('admin.intake.sent', { count: result.proposed }));
        setSent({ proposed: result.proposed, skipped: skippedProposals(reviewed, result) });
        propose.reset();
      },
      onError: () => setStatus(null),
    });
  }

  return (
    <>
      <div className="actions">
        <button type="button" aria-disabled={busy || undefined} onClick={handlePropose}>
          {t('admin.intake.propose')}
        </button>
      </div>
      <StatusMessage message={status} />
      {propose.isError && (
        <p role="alert" className="notice notice-error">
          {t('admin.intake.failed')} {problemText(t, propose.error)}
        </p>
      )}
      {confirm.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, confirm.error)}
        </p>
      )}
      {(plan || sent) && (
        <section aria-labelledby={headingId} aria-busy={busy || undefined}>
          <h2 id={headingId} ref={heading} tabIndex={-1}>
            {t('admin.intake.proposalsHeading')}
          </h2>
          {plan ? (
            <IntakeProposals plan={plan} sending={confirm.isPending} onSend={(assignments) => handleSend(plan, assignments)} />
          ) : (
            sent && <IntakeSent proposed={sent.proposed} skipped={sent.skipped} />
          )}
        </section>
      )}
      {plan && <IntakeUnplaced unplaced={plan.unplaced} />}
    </>
  );
}
