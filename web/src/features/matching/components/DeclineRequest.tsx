import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { declineInput } from '../../../../../shared/contracts/matching.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { FormField } from '../../../ui/FormField.js';

interface DeclineRequestProps {
  handle: string;
  onDecline: (reason: string | null) => void;
}

/** "Decline request from {handle}": asks first, with an optional reason only the program team reads. */
export function DeclineRequest({ handle, onDecline }: DeclineRequestProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const errors = useFormErrors();

  function handleConfirm() {
    const input = errors.validate(declineInput, { reason });
    if (input) onDecline(input.reason);
    else document.getElementById(reasonId)?.focus();
  }

  return (
    <ConfirmButton
      label={t('supporterRequests.decline', { handle })}
      question={t('supporterRequests.declineQuestion', { handle })}
      confirmLabel={t('supporterRequests.declineYes', { handle })}
      cancelLabel={t('supporterRequests.declineNo', { handle })}
      onConfirm={handleConfirm}
      onCancel={() => {
        setReason('');
        errors.clear();
      }}
    >
      <FormField
        id={reasonId}
        label={t('supporterRequests.declineReason')}
        hint={t('supporterRequests.declineReasonHint', { handle })}
        value={reason}
        onChange={setReason}
        multiline
        error={errors.fields.reason}
      />
    </ConfirmButton>
  );
}
