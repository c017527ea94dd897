import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { CheckboxField } from './CheckboxField.js';

interface AgreementAcceptanceProps {
  heading: string;
  /** Shown between the heading and the agreement (why it is asked again, say). */
  intro?: ReactNode;
  agreement: string;
  /** The agreement's own language, for screen readers, when it may differ from the page's. */
  agreementLang?: string;
  /** Shown after the agreement (a full group's waiting list, say). */
  note?: ReactNode;
  /** The last attempt's problem, already in words. */
  problem: string | null;
  acceptLabel: string;
  submitLabel: string;
  pending: boolean;
  /** Called only once "I accept" is ticked. */
  onAccept: () => void;
}

const NOT_ACCEPTED: FieldError = { field: 'accept', code: 'agreement_required', message: 'agreement_required' };

/** An agreement (a room's or a group's) with "I accept" and a button; submitting unticked says so and moves focus to the box. */
export function AgreementAcceptance({ heading, intro, agreement, agreementLang, note, problem, acceptLabel, submitLabel, pending, onAccept }: AgreementAcceptanceProps) {
  const id = useId();
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<FieldError | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (!accepted) {
      setError(NOT_ACCEPTED);
      document.getElementById(`${id}-accept`)?.focus();
      return;
    }
    setError(undefined);
    onAccept();
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card">
      <h2 id={`${id}-heading`}>{heading}</h2>
      {intro}
      <div className="agreement story" lang={agreementLang}>
        {agreement}
      </div>
      {note}
      {problem !== null && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <form noValidate onSubmit={handleSubmit} className="form">
        <CheckboxField id={`${id}-accept`} label={acceptLabel} checked={accepted} onChange={setAccepted} error={error} />
        <button type="submit">{submitLabel}</button>
      </form>
    </section>
  );
}
