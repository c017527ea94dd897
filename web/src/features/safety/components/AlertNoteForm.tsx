import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { alertNoteInput } from '../../../../../shared/contracts/safety.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { FormField } from '../../../ui/FormField.js';
import { safetyProblemText } from '../safety-problems.js';

interface AlertNoteFormProps {
  label: string;
  hint: string;
  submitLabel: string;
  onSave: (note: string) => Promise<unknown>;
  onSaved: () => void;
}

/** A short note on an alert (an action taken, or how it was resolved), checked with the server's rules first. */
export function AlertNoteForm({ label, hint, submitLabel, onSave, onSaved }: AlertNoteFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const input = errors.validate(alertNoteInput, { note });
    if (!input) {
      document.getElementById(id)?.focus();
      return;
    }
    setSaving(true);
    onSave(input.note)
      .then(() => {
        setNote('');
        onSaved();
      }, errors.fail)
      .finally(() => setSaving(false));
  }

  return (
    <form noValidate className="form" onSubmit={handleSubmit}>
      <FormField id={id} label={label} hint={hint} value={note} onChange={setNote} multiline rows={2} required error={errors.fields.note} />
      {errors.problem !== null && (
        <p role="alert" className="inline-error">
          {safetyProblemText(t, errors.problem)}
        </p>
      )}
      <button type="submit" className="button-secondary" aria-disabled={saving || undefined}>
        {submitLabel}
      </button>
    </form>
  );
}
