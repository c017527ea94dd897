import type { ReactNode } from 'react';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { describedBy, FieldErrorMessage } from './FieldErrorMessage.js';

interface ChoiceFieldsetProps<O extends { value: string; label: string; lang?: string }> {
  /** Prefix for the inputs' ids; the first input has this id, so error links can focus it. */
  id: string;
  legend: string;
  options: readonly O[];
  hint?: string;
  error?: FieldError;
  /** The input for one option (checkbox or radio), given the id its label points at. */
  input: (option: O, inputId: string) => ReactNode;
  children?: ReactNode;
}

/** The shared frame of checkbox and radio groups: legend, hint, one labelled input per option, the error. */
export function ChoiceFieldset<O extends { value: string; label: string; lang?: string }>({ id, legend, options, hint, error, input, children }: ChoiceFieldsetProps<O>) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={error ? 'field fieldset field-invalid' : 'field fieldset'}
      aria-describedby={describedBy(hint ? hintId : null, error ? errorId : null)}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <ul className="checkbox-list">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${index}`;
          return (
            <li key={option.value} className="checkbox">
              {input(option, inputId)}
              <label htmlFor={inputId} lang={option.lang}>
                {option.label}
              </label>
            </li>
          );
        })}
      </ul>
      <FieldErrorMessage id={errorId} error={error} />
      {children}
    </fieldset>
  );
}
