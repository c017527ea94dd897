import { useEffect, useRef, useState } from 'react';

interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  danger?: boolean;
}

/** A button that asks "are you sure?" in place before acting; focus moves to the question's safe answer and back. */
export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm, danger }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const toggled = useRef(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!toggled.current) return;
    (asking ? cancelButton : startButton).current?.focus();
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
        <button ref={cancelButton} type="button" className="button-secondary" onClick={() => ask(false)}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
