import type { FieldError } from '../../../shared/contracts/problem.js';
import { describedBy, FieldErrorMessage } from './FieldErrorMessage.js';

interface RadioGroupProps<V extends string> {
  /** Prefix for the radios' ids; the first radio has this id, so error links can focus it. */
  id: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (value: V) => void;
  hint?: string;
  error?: FieldError;
}

/** A fieldset of radio buttons for choosing one value; arrow keys move between them. */
export function RadioGroup<V extends string>({ id, legend, options, value, onChange, hint, error }: RadioGroupProps<V>) {
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
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <li key={option.value} className="checkbox">
              <input
                id={optionId}
                type="radio"
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </li>
          );
        })}
      </ul>
      <FieldErrorMessage id={errorId} error={error} />
    </fieldset>
  );
}
