import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endRelationshipInput } from '../../../../../shared/contracts/matching.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { FormField } from '../../../ui/FormField.js';

interface EndRelationshipProps {
  handle: string;
  onEnd: (reason: string) => void;
}

/** "End relationship with {handle}": asks first, and needs a reason, which the other person will read. */
export function EndRelationship({ handle, onEnd }: EndRelationshipProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const errors = useFormErrors();

  function handleConfirm() {
    const input = errors.validate(endRelationshipInput, { reason });
    if (input) onEnd(input.reason);
    else document.getElementById(reasonId)?.focus();
  }

  return (
    <ConfirmButton
      label={t('relationships.end', { handle })}
      question={t('relationships.endQuestion', { handle })}
      confirmLabel={t('relationships.endYes', { handle })}
      cancelLabel={t('relationships.endNo', { handle })}
      danger
      onConfirm={handleConfirm}
      onCancel={() => {
        setReason('');
        errors.clear();
      }}
    >
      <FormField
        id={reasonId}
        label={t('relationships.reason')}
        hint={t('relationships.reasonHint', { handle })}
        value={reason}
        onChange={setReason}
        multiline
        required
        error={errors.fields.reason}
      />
    </ConfirmButton>
  );
}
