import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { ListEditor } from './ListEditor.js';

interface TextListFieldProps {
  /** The id of the text input, so error links can focus it. */
  id: string;
  legend: string;
  inputLabel: string;
  addLabel: string;
  removeLabel: (item: string) => string;
  emptyText: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  hint?: string;
  error?: FieldError;
  itemError?: (index: number) => FieldError | undefined;
  maxLength?: number;
  /** Shown after the add control, e.g. who can see this list. */
  children?: ReactNode;
}

/** Free-text items added one at a time (Enter or the Add button) and removed with their own buttons. */
export function TextListField({ id, inputLabel, addLabel, items, onChange, maxLength, children, ...list }: TextListFieldProps) {
  const [draft, setDraft] = useState('');

  function add() {
    const value = draft.trim();
    if (value && !items.includes(value)) onChange([...items, value]);
    setDraft('');
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds this item rather than submitting the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }

  return (
    <ListEditor
      id={`${id}-list`}
      items={items}
      onRemove={(index) => {
        onChange(items.filter((_, position) => position !== index));
        document.getElementById(id)?.focus();
      }}
      {...list}
    >
      <div className="add-row">
        <div className="field">
          <label htmlFor={id}>{inputLabel}</label>
          <input id={id} value={draft} maxLength={maxLength} onChange={(event) => setDraft(event.target.value)} onKeyDown={handleKeyDown} />
        </div>
        <button type="button" className="button-secondary" onClick={add}>
          {addLabel}
        </button>
      </div>
      {children}
    </ListEditor>
  );
}
