import type { ReactNode } from 'react';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { ChoiceFieldset } from './ChoiceFieldset.js';
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
    <ChoiceFieldset
      id={id}
      legend={legend}
      options={options}
      hint={hint}
      error={error}
      input={(option, inputId) => (
        <input
          id={inputId}
          type="checkbox"
          checked={selected.includes(option.value)}
          onChange={(event) => toggle(option.value, event.target.checked)}
        />
      )}
    >
      {children}
    </ChoiceFieldset>
  );
}
