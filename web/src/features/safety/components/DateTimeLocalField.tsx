import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { describedBy, FieldErrorMessage } from '../../../ui/FieldErrorMessage.js';

interface DateTimeLocalFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: FieldError;
}

/** A labelled date-and-time input in the browser's own time zone, shaped like FormField (which has no such type). */
export function DateTimeLocalField({ id, label, value, onChange, hint, error }: DateTimeLocalFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="datetime-local"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? hintId : null, error ? errorId : null)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldErrorMessage id={errorId} error={error} />
    </div>
  );
}
