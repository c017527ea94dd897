import type { FieldError } from '../../../shared/contracts/problem.js';
import { describedBy, FieldErrorMessage } from './FieldErrorMessage.js';

export interface SelectOption {
  value: string;
  label: string;
  /** The option's language, when it differs from the page's (e.g. language names in their own language). */
  lang?: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: string;
  error?: FieldError;
  className?: string;
}

/** A labelled <select> with an optional hint and error, shaped like FormField. */
export function SelectField({ id, label, value, options, onChange, hint, error, className }: SelectFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={[error ? 'field field-invalid' : 'field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? hintId : null, error ? errorId : null)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrorMessage id={errorId} error={error} />
    </div>
  );
}
