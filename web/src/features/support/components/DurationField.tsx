import { useTranslation } from 'react-i18next';
import type { ComponentProps } from 'react';
import { FormField } from '../../../ui/FormField.js';

/** How long a check-in lasts, in minutes: the same bounds the server checks (10-240, in steps of 5). */
export function DurationField({ id, value, onChange, error }: { id: string; value: string; onChange: (value: string) => void; error: ComponentProps<typeof FormField>['error'] }) {
  const { t } = useTranslation();
  return (
    <FormField
      id={id}
      type="number"
      min={10}
      max={240}
      step={5}
      label={t('support.proposeForm.duration')}
      hint={t('support.proposeForm.durationHint')}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
