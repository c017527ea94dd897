import type { ReactNode } from 'react';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { describedBy, FieldErrorMessage } from './FieldErrorMessage.js';
import type { SelectOption } from './SelectField.js';

interface CheckboxGroupProps {
  /** Prefix for the checkboxes' ids; the first checkbox has this id, so error links can focus it. */
  id: string;
  legend: string;
  options: readonly SelectOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string;
  error?: FieldError;
  /** Shown after the checkboxes, e.g. who can see this answer. */
  children?: ReactNode;
}

/** A fieldset of checkboxes for choosing several values; keeps the options' order in the result. */
export function CheckboxGroup({ id, legend, options, selected, onChange, hint, error, children }: CheckboxGroupProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  function toggle(value: string, checked: boolean) {
    if (!checked) {
      onChange(selected.filter((existing) => existing !== value));
      return;
    }
    // Chosen values in the options' order, then any chosen value no longer offered (kept, not silently dropped).
    const chosen = new Set([...selected, value]);
    const offered = options.map((option) => option.value).filter((known) => chosen.has(known));
    onChange([...offered, ...[...chosen].filter((known) => !offered.includes(known))]);
  }

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
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <li key={option.value} className="checkbox">
              <input
                id={optionId}
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={optionId} lang={option.lang}>
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
