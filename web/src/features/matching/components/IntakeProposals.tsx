import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakePlanDto } from '../../../../../shared/contracts/matching.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';
import type { IntakeAssignment } from '../api.js';
import { assignmentsToSend, includeAll, setIncluded } from '../intake-plan.js';
import { IntakeProposalRow } from './IntakeProposalRow.js';

interface IntakeProposalsProps {
  plan: IntakePlanDto;
  sending: boolean;
  onSend: (assignments: IntakeAssignment[]) => void;
}

/** The proposed pairs, all ticked to begin with, and the button that sends the ticked ones to the members. */
export function IntakeProposals({ plan, sending, onSend }: IntakeProposalsProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const errorId = useId();
  const [selection, setSelection] = useState(() => includeAll(plan));
  const [noneIncluded, setNoneIncluded] = useState(false);
  const assignments = assignmentsToSend(plan, selection);

  function handleIncludedChange(requestId: string, included: boolean) {
    setSelection((current) => setIncluded(current, requestId, included));
    if (included) setNoneIncluded(false);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    if (assignments.length === 0) {
      setNoneIncluded(true);
      return;
    }
    setNoneIncluded(false);
    onSend(assignments);
  }

  if (plan.proposals.length === 0) return <p>{t('admin.intake.noProposals')}</p>;
  return (
    <form noValidate onSubmit={handleSubmit}>
      <ScrollRegion labelledBy={captionId}>
        <table>
          <caption id={captionId}>{t('admin.intake.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.intake.include')}</th>
              <th scope="col">{t('admin.intake.member')}</th>
              <th scope="col">{t('admin.intake.supporter')}</th>
              <th scope="col">{t('admin.intake.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.proposals.map((proposal) => (
              <IntakeProposalRow
                key={proposal.requestId}
                proposal={proposal}
                included={selection.has(proposal.requestId)}
                onIncludedChange={handleIncludedChange}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {noneIncluded && (
        <p id={errorId} role="alert" className="notice notice-error">
          {t('admin.intake.noneIncluded')}
        </p>
      )}
      <div className="actions">
        <button type="submit" aria-disabled={sending || undefined} aria-describedby={noneIncluded ? errorId : undefined}>
          {t('admin.intake.send', { count: assignments.length })}
        </button>
      </div>
    </form>
  );
}
