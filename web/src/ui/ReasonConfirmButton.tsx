import { useId, useState } from 'react';
import type { z } from 'zod';
import { useFormErrors } from '../lib/form-errors.js';
import { ConfirmButton } from './ConfirmButton.js';
import { FormField } from './FormField.js';

interface ReasonConfirmButtonProps<S extends z.ZodType<{ reason: string | null }>> {
  /** Checks the typed reason ({ reason }) before anything is sent. */
  schema: S;
  onConfirm: (reason: z.output<S>['reason']) => void;
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  reasonLabel: string;
  reasonHint: string;
  reasonRequired?: boolean;
  danger?: boolean;
}

/** An "are you sure?" button whose question also asks why; the reason is checked before confirming. */
export function ReasonConfirmButton<S extends z.ZodType<{ reason: string | null }>>({
  schema,
  onConfirm,
  reasonLabel,
  reasonHint,
  reasonRequired,
  ...confirm
}: ReasonConfirmButtonProps<S>) {
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const errors = useFormErrors();

  function handleConfirm() {
    const input = errors.validate(schema, { reason });
    if (input) onConfirm(input.reason);
    else document.getElementById(reasonId)?.focus();
  }

  return (
    <ConfirmButton
      {...confirm}
      onConfirm={handleConfirm}
      onCancel={() => {
        setReason('');
        errors.clear();
      }}
    >
      <FormField
        id={reasonId}
        label={reasonLabel}
        hint={reasonHint}
        value={reason}
        onChange={setReason}
        multiline
        required={reasonRequired}
        error={errors.fields.reason}
      />
    </ConfirmButton>
  );
}
