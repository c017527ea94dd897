import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeProposalDto } from '../../../../../shared/contracts/matching.js';
import { ReasonList } from './ReasonList.js';

interface IntakeProposalRowProps {
  proposal: IntakeProposalDto;
  included: boolean;
  onIncludedChange: (requestId: string, included: boolean) => void;
}

/** One proposed pair: a tick to include it, who with whom, and why they fit. */
export function IntakeProposalRow({ proposal, included, onIncludedChange }: IntakeProposalRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const checkboxId = `${id}-include`;
  const whyId = `${id}-why`;
  const names = { member: proposal.memberHandle, supporter: proposal.supporterHandle };
  return (
    <tr>
      <td>
        <div className="checkbox">
          <input
            id={checkboxId}
            type="checkbox"
            checked={included}
            onChange={(event) => onIncludedChange(proposal.requestId, event.target.checked)}
          />
          <label htmlFor={checkboxId} className="visually-hidden">
            {t('admin.intake.includeLabel', names)}
          </label>
        </div>
      </td>
      <th scope="row">{proposal.memberHandle}</th>
      <td>{proposal.supporterHandle}</td>
      <td>
        <span id={whyId} className="visually-hidden">
          {t('admin.intake.whyLabel', names)}
        </span>
        <ReasonList reasons={proposal.reasons} viewer="staff" primaryTopic={null} labelledBy={whyId} />
      </td>
    </tr>
  );
}
