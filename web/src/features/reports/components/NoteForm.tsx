import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { reportProblemText } from '../report-problems.js';

interface NoteFormProps<S extends z.ZodType> {
  /** The shared schema the whole body is checked with before sending. */
  schema: S;
  /** The body without the typed text, which goes in `field`. */
  values: Record<string, unknown>;
  field: 'note' | 'text';
  label: string;
  hint: string;
  submitLabel: string;
  /** Extra controls before the text (an outcome, a number of days). */
  children?: ReactNode;
  extraFields?: Record<string, { id: string; label: string }>;
  onSave: (input: z.output<S>) => Promise<unknown>;
}

/** A decision or an appeal: a few choices and a written reason, checked with the server's rules first. */
export function NoteForm<S extends z.ZodType>({ schema, values, field, label, hint, submitLabel, children, extraFields, onSave }: NoteFormProps<S>) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const input = errors.validate(schema, { ...values, [field]: text });
    if (!input) return;
    setSaving(true);
    onSave(input)
      .then(() => setText(''), errors.fail)
      .finally(() => setSaving(false));
  }

  return (
    <form noValidate className="form" onSubmit={handleSubmit}>
      <ErrorSummary errors={{ ...errors, problem: null }} fields={{ ...extraFields, [field]: { id, label } }} />
      {children}
      <FormField id={id} label={label} hint={hint} value={text} onChange={setText} multiline rows={2} required error={errors.fields[field]} />
      {errors.problem !== null && (
        <p role="alert" className="inline-error">
          {reportProblemText(t, errors.problem)}
        </p>
      )}
      <button type="submit" aria-disabled={saving || undefined}>
        {submitLabel}
      </button>
    </form>
  );
}
