import type { ChangeEvent } from 'react';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { describedBy, FieldErrorMessage } from './FieldErrorMessage.js';

interface FormFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: FieldError;
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'tel' | 'number' | 'date' | 'time';
  autoComplete?: string;
  required?: boolean;
  multiline?: boolean;
  /** Extra attributes for number inputs. */
  min?: number;
  max?: number;
  /** Granularity for number and time inputs, in the input's own unit (seconds for time). */
  step?: number;
  rows?: number;
}

/** A labelled input with an optional hint and an error that is announced with the field. */
export function FormField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  autoComplete,
  required,
  multiline,
  min,
  max,
  step,
  rows = 3,
}: FormFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control = {
    id,
    value,
    required,
    autoComplete,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint ? hintId : null, error ? errorId : null),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={rows} {...control} /> : <input type={type} min={min} max={max} step={step} {...control} />}
      <FieldErrorMessage id={errorId} error={error} />
    </div>
  );
}
