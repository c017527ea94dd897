import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../lib/form-errors.js';
import { DateTime } from '../../../ui/DateTime.js';
import { FormField } from '../../../ui/FormField.js';
import { closingNoteSchema } from '../check-in-forms.js';
import { useWriteClosingNote } from '../queries.js';
import { focusSoon, handleOf, type SupportView } from '../support-view.js';
import { SupportErrorSummary } from './SupportErrorSummary.js';

/** Once support has ended, each person may leave one short note for the other. */
export function ClosingNotes({ view }: { view: SupportView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const notes = view.summary.closingNotes;
  const mineWritten = notes.some((note) => note.authorRole === view.role);
  const canWrite = view.role !== 'supervisor' && !mineWritten;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('support.closing.heading')}
      </h2>
      <p>{view.role === 'supervisor' ? t('support.closing.introSupervisor') : t('support.closing.intro', { handle: view.otherHandle })}</p>
      {notes.length === 0 ? (
        <p className="muted">{t('support.closing.none')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby={headingId}>
          {notes.map((note) => (
            <li key={note.authorRole} className="card">
              <p>
                <strong>{note.authorRole === view.role ? t('support.closing.yours') : t('support.closing.from', { handle: handleOf(view.summary, note.authorRole) })}</strong>{' '}
                <span className="muted">
                  <DateTime iso={note.createdAt} />
                </span>
              </p>
              <p className="story">{note.note}</p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && <ClosingNoteForm view={view} onWritten={() => focusSoon(headingId)} />}
    </section>
  );
}

function ClosingNoteForm({ view, onWritten }: { view: SupportView; onWritten: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const write = useWriteClosingNote(view.summary.id);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (write.isPending) return;
    const input = errors.validate(closingNoteSchema, { note });
    if (!input) return;
    write.mutate(
      { relationshipId: view.summary.id, note: input.note },
      {
        onSuccess: ({ supportCard }) => {
          setNote('');
          view.announce(t('support.closing.writtenStatus', { handle: view.otherHandle }));
          if (supportCard) view.offerSupportCard(supportCard);
          else onWritten();
        },
        onError: errors.fail,
      },
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide">
      <SupportErrorSummary errors={errors} fields={{ note: { id, label: t('support.closing.label') } }} />
      <FormField id={id} label={t('support.closing.label')} hint={t('support.closing.hint', { handle: view.otherHandle })} value={note} onChange={setNote} error={errors.fields.note} multiline rows={4} />
      <button type="submit">{t('support.closing.submit')}</button>
    </form>
  );
}
