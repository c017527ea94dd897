import { useTranslation } from 'react-i18next';
import { declineInput } from '../../../../../shared/contracts/matching.js';
import { ReasonConfirmButton } from '../../../ui/ReasonConfirmButton.js';

interface DeclineRequestProps {
  handle: string;
  onDecline: (reason: string | null) => void;
}

/** "Decline request from {handle}": asks first, with an optional reason only the program team reads. */
export function DeclineRequest({ handle, onDecline }: DeclineRequestProps) {
  const { t } = useTranslation();
  return (
    <ReasonConfirmButton
      schema={declineInput}
      onConfirm={onDecline}
      label={t('supporterRequests.decline', { handle })}
      question={t('supporterRequests.declineQuestion', { handle })}
      confirmLabel={t('supporterRequests.declineYes', { handle })}
      cancelLabel={t('supporterRequests.declineNo', { handle })}
      reasonLabel={t('supporterRequests.declineReason')}
      reasonHint={t('supporterRequests.declineReasonHint', { handle })}
    />
  );
}
