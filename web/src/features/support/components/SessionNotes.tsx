import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionNoteDto } from '../../../../../shared/contracts/support.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { CheckboxField } from '../../../ui/CheckboxField.js';
import { DateTime } from '../../../ui/DateTime.js';
import { FormField } from '../../../ui/FormField.js';
import { QueryState } from '../../../ui/QueryState.js';
import { SelectField } from '../../../ui/SelectField.js';
import { noteFormSchema } from '../check-in-forms.js';
import { useSessionNotes, useUpdateNote, useWriteNote } from '../queries.js';
import { focusSoon, supportIds, type SupportView } from '../support-view.js';
import { formatInZone } from '../zoned-time.js';
import { SupportErrorSummary } from './SupportErrorSummary.js';

/**
 * Session notes are the supporter's: private to them and their supervisor unless shared with the
 * member. The supporter writes, shares and edits; the member reads what was shared; a supervisor reads all.
 */
export function SessionNotes({ view }: { view: SupportView }) {
  const { t } = useTranslation();
  const notes = useSessionNotes(view.summary.id, { audited: view.role === 'supervisor' });
  const { member, supporter } = view.summary;
  const writes = view.role === 'supporter';
  const heading = view.role === 'member' ? t('support.notes.headingMember', { supporter: supporter.handle }) : t('support.notes.heading');
  const intro = t(`support.notes.intro.${view.role}`, { member: member.handle, supporter: supporter.handle });

  return (
    <section aria-labelledby={supportIds.notesHeading}>
      <h2 id={supportIds.notesHeading} tabIndex={-1}>
        {heading}
      </h2>
      <p>{intro}</p>
      <QueryState query={notes}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t(`support.notes.none.${view.role}`, { supporter: supporter.handle })}</p>
          ) : (
            <ul className="plain-list" aria-labelledby={supportIds.notesHeading}>
              {list.map((note) => (
                <NoteItem key={note.id} view={view} note={note} editable={writes && view.active && note.authorHandle === supporter.handle} />
              ))}
            </ul>
          )
        }
      </QueryState>
      {writes && view.active && <NewNoteForm view={view} />}
    </section>
  );
}

function NoteItem({ view, note, editable }: { view: SupportView; note: SessionNoteDto; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = supportIds.note(note.id);
  const editButtonId = `${headingId}-edit`;
  const showSharing = view.role !== 'member';
  return (
    <li className="card support-note">
      <h3 id={headingId} tabIndex={-1} className="support-note-title">
        <DateTime iso={note.createdAt} />
        {showSharing && <span className={note.sharedWithMember ? 'badge badge-inline' : 'badge badge-inline badge-quiet'}>{note.sharedWithMember ? t('support.notes.shared', { member: view.summary.member.handle }) : t('support.notes.private')}</span>}
      </h3>
      {note.checkInId && <CheckInReference view={view} checkInId={note.checkInId} />}
      {editing ? (
        <NoteEditForm
          view={view}
          note={note}
          onDone={(saved) => {
            setEditing(false);
            if (saved) view.announce(t('support.notes.savedStatus'));
            focusSoon(saved ? headingId : editButtonId);
          }}
        />
      ) : (
        <>
          <p className="story">{note.body}</p>
          {note.updatedAt !== note.createdAt && (
            <p className="muted">
              {t('support.notes.edited')} <DateTime iso={note.updatedAt} />
            </p>
          )}
          {editable && (
            <button id={editButtonId} type="button" className="button-secondary button-small" aria-describedby={headingId} onClick={() => setEditing(true)}>
              {t('support.notes.edit')}
            </button>
          )}
        </>
      )}
    </li>
  );
}

/** "About the check-in on …", when the note was written about one. */
function CheckInReference({ view, checkInId }: { view: SupportView; checkInId: string }) {
  const { t, i18n } = useTranslation();
  const checkIn = [...view.summary.history, ...view.summary.upcoming].find((candidate) => candidate.id === checkInId);
  if (!checkIn) return null;
  return <p className="muted">{t('support.notes.about', { when: formatInZone(checkIn.plannedAt, i18n.language, view.zone) })}</p>;
}

interface NoteFields {
  body: string;
  checkInId: string;
  sharedWithMember: boolean;
}

function NewNoteForm({ view }: { view: SupportView }) {
  const { t, i18n } = useTranslation();
  const base = useId();
  const ids = { body: `${base}-body`, checkInId: `${base}-check-in`, sharedWithMember: `${base}-shared` };
  const empty: NoteFields = { body: '', checkInId: '', sharedWithMember: false };
  const [values, setValues] = useState<NoteFields>(empty);
  const errors = useFormErrors();
  const write = useWriteNote(view.summary.id);
  const member = view.summary.member.handle;
  const labels = { body: t('support.notes.body'), checkInId: t('support.notes.checkIn'), sharedWithMember: t('support.notes.share', { member }) };
  const checkIns = view.summary.history.filter((checkIn) => checkIn.status !== 'cancelled');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (write.isPending) return;
    const note = errors.validate(noteFormSchema, { body: values.body, checkInId: values.checkInId || null, sharedWithMember: values.sharedWithMember });
    if (!note) return;
    write.mutate(
      { relationshipId: view.summary.id, note: { body: note.body, checkInId: note.checkInId ?? null, sharedWithMember: note.sharedWithMember } },
      {
        onSuccess: (saved) => {
          setValues(empty);
          view.announce(saved.sharedWithMember ? t('support.notes.addedSharedStatus', { member }) : t('support.notes.addedPrivateStatus'));
          focusSoon(supportIds.note(saved.id));
        },
        onError: errors.fail,
      },
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide card" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{t('support.notes.newHeading')}</h3>
      <SupportErrorSummary errors={errors} fields={Object.fromEntries(Object.entries(labels).map(([name, label]) => [name, { id: ids[name as keyof typeof ids], label }]))} />
      <FormField id={ids.body} label={labels.body} value={values.body} onChange={(body) => setValues((previous) => ({ ...previous, body }))} error={errors.fields.body} multiline rows={5} required />
      {checkIns.length > 0 && (
        <SelectField
          id={ids.checkInId}
          label={labels.checkInId}
          value={values.checkInId}
          options={[
            { value: '', label: t('support.notes.noCheckIn') },
            ...checkIns.map((checkIn) => ({ value: checkIn.id, label: formatInZone(checkIn.plannedAt, i18n.language, view.zone) })),
          ]}
          onChange={(checkInId) => setValues((previous) => ({ ...previous, checkInId }))}
          error={errors.fields.checkInId}
        />
      )}
      <CheckboxField
        id={ids.sharedWithMember}
        label={labels.sharedWithMember}
        hint={t('support.notes.shareHint', { member })}
        checked={values.sharedWithMember}
        onChange={(sharedWithMember) => setValues((previous) => ({ ...previous, sharedWithMember }))}
        error={errors.fields.sharedWithMember}
      />
      <button type="submit">{t('support.notes.add')}</button>
    </form>
  );
}

function NoteEditForm({ view, note, onDone }: { view: SupportView; note: SessionNoteDto; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const base = useId();
  const ids = { body: `${base}-body`, sharedWithMember: `${base}-shared` };
  const [body, setBody] = useState(note.body);
  const [shared, setShared] = useState(note.sharedWithMember);
  const errors = useFormErrors();
  const update = useUpdateNote(view.summary.id);
  const member = view.summary.member.handle;
  const labels = { body: t('support.notes.body'), sharedWithMember: t('support.notes.share', { member }) };

  useEffect(() => {
    document.getElementById(ids.body)?.focus();
  }, [ids.body]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const checked = errors.validate(noteFormSchema, { body, sharedWithMember: shared });
    if (!checked) return;
    const changes = {
      ...(checked.body !== note.body ? { body: checked.body } : {}),
      ...(shared !== note.sharedWithMember ? { sharedWithMember: shared } : {}),
    };
    if (Object.keys(changes).length === 0) {
      onDone(false);
      return;
    }
    update.mutate({ noteId: note.id, changes }, { onSuccess: () => onDone(true), onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide" aria-label={t('support.notes.editFormLabel')}>
      <SupportErrorSummary errors={errors} fields={Object.fromEntries(Object.entries(labels).map(([name, label]) => [name, { id: ids[name as keyof typeof ids], label }]))} />
      <FormField id={ids.body} label={labels.body} value={body} onChange={setBody} error={errors.fields.body} multiline rows={5} required />
      <CheckboxField
        id={ids.sharedWithMember}
        label={labels.sharedWithMember}
        hint={note.sharedWithMember ? t('support.notes.unshareHint', { member }) : t('support.notes.shareHint', { member })}
        checked={shared}
        onChange={setShared}
        error={errors.fields.sharedWithMember}
      />
      <div className="actions">
        <button type="submit">{t('support.notes.save')}</button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('support.notes.cancel')}
        </button>
      </div>
    </form>
  );
}
