import { useEffect, useRef, useState, type ReactNode } from 'react';

interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  danger?: boolean;
  /** Shown between the question and the answers, e.g. a field for a reason. */
  children?: ReactNode;
  /** Called when the person decides not to go ahead, e.g. to clear a reason they typed. */
  onCancel?: () => void;
}

/**
 * A button that asks "are you sure?" in place before acting. Focus moves to the first field inside the
 * question when there is one, otherwise to the safe answer; and back to the button when the person says no.
 */
export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm, danger, children, onCancel }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const toggled = useRef(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!toggled.current) return;
    if (!asking) {
      startButton.current?.focus();
      return;
    }
    const field = content.current?.querySelector<HTMLElement>('input, textarea, select');
    (field ?? cancelButton.current)?.focus();
  }, [asking]);

  function ask(next: boolean) {
    toggled.current = true;
    setAsking(next);
  }

  if (!asking) {
    return (
      <button ref={startButton} type="button" className="button-secondary" onClick={() => ask(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      {children && <div ref={content}>{children}</div>}
      <div className="actions">
        <button
          type="button"
          className={danger ? 'button-danger' : undefined}
          onClick={() => {
            toggled.current = false;
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button
          ref={cancelButton}
          type="button"
          className="button-secondary"
          onClick={() => {
            onCancel?.();
            ask(false);
          }}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
