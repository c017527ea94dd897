import type { ReactNode } from 'react';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { describedBy, FieldErrorMessage } from './FieldErrorMessage.js';

interface ListEditorProps {
  id: string;
  legend: string;
  items: readonly string[];
  /** What to show for an item (e.g. a language's name for its tag). */
  itemLabel?: (item: string) => string;
  removeLabel: (label: string) => string;
  onRemove: (index: number) => void;
  emptyText: string;
  hint?: string;
  /** An error about the whole list. */
  error?: FieldError;
  /** Errors about single items, by position. */
  itemError?: (index: number) => FieldError | undefined;
  /** The control that adds items. */
  children: ReactNode;
}

/** A fieldset listing chosen items, each with its own Remove button and error, and a control to add more. */
export function ListEditor({
  id,
  legend,
  items,
  itemLabel = (item) => item,
  removeLabel,
  onRemove,
  emptyText,
  hint,
  error,
  itemError,
  children,
}: ListEditorProps) {
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
      {items.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="chip-list">
          {items.map((item, index) => {
            const label = itemLabel(item);
            const problem = itemError?.(index);
            return (
              <li key={`${index}-${item}`} className={problem ? 'chip chip-invalid' : 'chip'}>
                <span>{label}</span>
                <button
                  type="button"
                  className="button-quiet button-small"
                  aria-describedby={problem ? `${id}-item-${index}-error` : undefined}
                  onClick={() => onRemove(index)}
                >
                  {removeLabel(label)}
                </button>
                <FieldErrorMessage id={`${id}-item-${index}-error`} error={problem} />
              </li>
            );
          })}
        </ul>
      )}
      <FieldErrorMessage id={errorId} error={error} />
      {children}
    </fieldset>
  );
}
