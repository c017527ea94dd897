import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { fieldErrorText } from '../lib/error-text.js';

interface FormFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: FieldError;
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'tel' | 'number' | 'date';
  autoComplete?: string;
  required?: boolean;
  multiline?: boolean;
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
}: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const message = error ? fieldErrorText(t, error) : null;
  const control = {
    id,
    value,
    required,
    autoComplete,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
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
      {multiline ? <textarea rows={3} {...control} /> : <input type={type} {...control} />}
      {message && (
        <p id={errorId} className="field-error">
          {message.text}
          {message.englishHint && (
            <>
              {' '}
              {t('fieldErrors.hint')} <span lang="en">{message.englishHint}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
