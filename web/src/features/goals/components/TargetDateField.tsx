import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { describedBy, FieldErrorMessage } from '../../../ui/FieldErrorMessage.js';

interface TargetDateFieldProps {
  id: string;
  value: string;
  /** The reader's today, YYYY-MM-DD: the date picker offers nothing earlier. */
  min: string;
  onChange: (value: string) => void;
  error?: FieldError;
}

/** An optional target date; left empty, the goal has none. */
export function TargetDateField({ id, value, min, onChange, error }: TargetDateFieldProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{t('goals.form.targetDate')}</label>
      <p id={hintId} className="field-hint">
        {t('goals.form.targetDateHint')}
      </p>
      <input
        id={id}
        type="date"
        value={value}
        min={min}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, error ? errorId : null)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldErrorMessage id={errorId} error={error} />
    </div>
  );
}
