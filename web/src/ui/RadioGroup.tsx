import type { FieldError } from '../../../shared/contracts/problem.js';
import { ChoiceFieldset } from './ChoiceFieldset.js';

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
export function RadioGroup<V extends string>({ value, onChange, error, ...frame }: RadioGroupProps<V>) {
  return (
    <ChoiceFieldset
      {...frame}
      error={error}
      input={(option, inputId) => (
        <input
          id={inputId}
          type="radio"
          name={frame.id}
          value={option.value}
          checked={value === option.value}
          aria-invalid={error ? true : undefined}
          onChange={() => onChange(option.value)}
        />
      )}
    />
  );
}
