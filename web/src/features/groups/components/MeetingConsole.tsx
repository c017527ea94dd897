import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FIDELITY_ITEMS, type FidelityItem, type GroupDto, type MeetingDto, type MeetingNoteDto } from '../../../../../shared/contracts/groups.js';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { CheckboxGroup } from '../../../ui/CheckboxGroup.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { DateTime } from '../../../ui/DateTime.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { describedBy, FieldErrorMessage } from '../../../ui/FieldErrorMessage.js';
import { FormField } from '../../../ui/FormField.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { formatInZone, zoneLabel } from '../../support/zoned-time.js';
import type { GroupMembers } from '../api.js';
import { groupProblemText } from '../group-problems.js';
import { useChangeMeeting, useGroupMembers, useMeetingNotes, useMeetings, useRecordAttendance, useSaveNote } from '../queries.js';

/** Meetings to come (move, cancel, restore) and meetings that have started (who came, the note and fidelity checklist). */
export function MeetingConsole({ group }: { group: GroupDto }) {
  const { t } = useTranslation();
  const id = useId();
  const upcoming = useMeetings(group.id, 'upcoming');
  const past = useMeetings(group.id, 'past');
  const members = useGroupMembers(group.id, true);
  const notes = useMeetingNotes(group.id, true);
  return (
    <>
      <section aria-labelledby={`${id}-upcoming`}>
        <h2 id={`${id}-upcoming`}>{t('groups.facilitate.upcomingHeading')}</h2>
        <QueryState query={upcoming}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('groups.meetings.empty')}</p>
            ) : (
              <ul className="plain-list group-meetings">
                {list.map((meeting) => (
                  <UpcomingMeetingCard key={meeting.occurrence} group={group} meeting={meeting} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <section aria-labelledby={`${id}-past`}>
        <h2 id={`${id}-past`}>{t('groups.facilitate.pastHeading')}</h2>
        <QueryState query={past}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('groups.facilitate.noPast')}</p>
            ) : (
              <ul className="plain-list group-meetings">
                {list.map((meeting) => (
                  <PastMeetingCard
                    key={meeting.occurrence}
                    group={group}
                    meeting={meeting}
                    members={members.data}
                    note={notes.data?.find((candidate) => candidate.occurrence === meeting.occurrence) ?? null}
                  />
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </>
  );
}

function UpcomingMeetingCard({ group, meeting }: { group: GroupDto; meeting: MeetingDto }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const change = useChangeMeeting(group.id);
  const [status, setStatus] = useState<string | null>(null);
  const [startsLocal, setStartsLocal] = useState(meeting.startsLocal);
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const when = formatInZone(meeting.startsAt, i18n.language, meeting.timeZone);
  const inputId = `${id}-starts`;
  const started = Date.parse(meeting.startsAt) <= Date.now();

  function handleMove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    change.mutate(
      { occurrence: meeting.occurrence, change: { startsLocal, note: note.trim() || null } },
      {
        onSuccess: (moved) => {
          errors.clear();
          setStatus(t('groups.facilitate.moved', { when: formatInZone(moved.startsAt, i18n.language, moved.timeZone) }));
        },
        onError: errors.fail,
      },
    );
  }

  function simple(kind: 'cancel' | 'restore') {
    setStatus(null);
    change.mutate(
      { occurrence: meeting.occurrence, change: kind === 'cancel' ? { cancelled: true, note: note.trim() || null } : { restore: true } },
      {
        onSuccess: () => setStatus(t(kind === 'cancel' ? 'groups.facilitate.cancelled' : 'groups.facilitate.restored', { when })),
        onError: errors.fail,
      },
    );
  }

  return (
    <li className="card">
      <h3 id={`${id}-heading`}>{when}</h3>
      <p className="muted">
        <DateTime iso={meeting.startsAt} />
      </p>
      {meeting.cancelled && <p className="notice">{t('groups.meetings.cancelled')}</p>}
      {meeting.moved && !meeting.cancelled && <p>{t('groups.meetings.moved')}</p>}
      {meeting.note && <p>{t('groups.meetings.note', { note: meeting.note })}</p>}
      {meeting.rsvpCounts && <p>{t('groups.meetings.counts', meeting.rsvpCounts)}</p>}
      <StatusMessage message={status} />
      <ErrorSummary errors={{ ...errors, problem: null }} fields={{ startsLocal: { id: inputId, label: t('groups.facilitate.moveTo', { zone: zoneLabel(meeting.timeZone) }) } }} />
      {errors.problem !== null && (
        <p role="alert" className="notice notice-error">
          {groupProblemText(t, errors.problem)}
        </p>
      )}
      {started && !meeting.cancelled && <p>{t('groups.meetings.underway')}</p>}
      {!meeting.cancelled && !started && (
        <form noValidate onSubmit={handleMove} className="form" aria-labelledby={`${id}-move`}>
          <h4 id={`${id}-move`}>{t('groups.facilitate.move')}</h4>
          <div className={errors.fields.startsLocal ? 'field field-invalid' : 'field'}>
            <label htmlFor={inputId}>{t('groups.facilitate.moveTo', { zone: zoneLabel(meeting.timeZone) })}</label>
            <input
              id={inputId}
              type="datetime-local"
              value={startsLocal}
              aria-invalid={errors.fields.startsLocal ? true : undefined}
              aria-describedby={describedBy(null, errors.fields.startsLocal ? `${inputId}-error` : null)}
              onChange={(event) => setStartsLocal(event.target.value)}
            />
            <FieldErrorMessage id={`${inputId}-error`} error={errors.fields.startsLocal} />
          </div>
          <FormField id={`${id}-note`} label={t('groups.facilitate.moveNote')} value={note} onChange={setNote} />
          <button type="submit">{t('groups.facilitate.moveSave')}</button>
        </form>
      )}
      <div className="actions">
        {!meeting.cancelled && !started && (
          <ConfirmButton
            label={t('groups.facilitate.cancelMeeting')}
            question={t('groups.facilitate.cancelQuestion', { when })}
            confirmLabel={t('groups.facilitate.cancelConfirm')}
            cancelLabel={t('groups.facilitate.keep')}
            danger
            onConfirm={() => simple('cancel')}
          />
        )}
        {(meeting.cancelled || meeting.moved) && !started && (
          <button type="button" className="button-secondary" onClick={() => simple('restore')}>
            {t('groups.facilitate.restore')}
          </button>
        )}
      </div>
    </li>
  );
}

interface PastMeetingCardProps {
  group: GroupDto;
  meeting: MeetingDto;
  members: GroupMembers | undefined;
  note: MeetingNoteDto | null;
}

function PastMeetingCard({ group, meeting, members, note }: PastMeetingCardProps) {
  const { i18n } = useTranslation();
  const id = useId();
  return (
    <li className="card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{formatInZone(meeting.startsAt, i18n.language, meeting.timeZone)}</h3>
      {!meeting.cancelled && members && <AttendanceForm groupId={group.id} meeting={meeting} members={members} />}
      {!meeting.cancelled && <NoteForm groupId={group.id} meeting={meeting} note={note} />}
    </li>
  );
}

/** Who came: a checklist of members who may be named, and only a count for those who asked not to be. */
function AttendanceForm({ groupId, meeting, members }: { groupId: string; meeting: MeetingDto; members: GroupMembers }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordAttendance(groupId);
  const joinedBy = (member: GroupMembers['members'][number]) => member.joinedAt <= meeting.endsAt;
  const named = members.members.filter((member) => member.attendanceRecorded && joinedBy(member));
  const unnamed = members.members.filter((member) => !member.attendanceRecorded && joinedBy(member));
  const [present, setPresent] = useState<string[]>(() => meeting.attendance?.named.map((person) => person.userId) ?? []);
  const [unnamedCount, setUnnamedCount] = useState(String(meeting.attendance?.unnamedCount ?? 0));
  const [status, setStatus] = useState<string | null>(null);
  const [countError, setCountError] = useState<FieldError | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const count = Number(unnamedCount);
    if (unnamedCount.trim() === '' || !Number.isInteger(count) || count < 0 || count > unnamed.length) {
      setCountError({ field: 'unnamed', code: 'invalid', message: 'invalid' });
      document.getElementById(`${id}-unnamed`)?.focus();
      return;
    }
    setCountError(undefined);
    // Those who asked not to be named are only counted: which of them is sent does not matter, and none is stored.
    const everyone = [...present.filter((userId) => named.some((member) => member.userId === userId)), ...unnamed.slice(0, count).map((member) => member.userId)];
    record.mutate(
      { occurrence: meeting.occurrence, present: everyone },
      { onSuccess: (saved) => setStatus(t('groups.facilitate.attendanceSaved', { total: saved.attendance?.total ?? everyone.length })) },
    );
  }

  if (named.length === 0 && unnamed.length === 0) return <p>{t('groups.facilitate.noMembersToRecord')}</p>;

  return (
    <form noValidate onSubmit={handleSubmit} className="form" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('groups.facilitate.attendanceHeading')}</h4>
      {meeting.attendance && (
        <p className="muted">{t('groups.facilitate.attendanceRecorded', { total: meeting.attendance.total, unnamed: meeting.attendance.unnamedCount })}</p>
      )}
      <StatusMessage message={status} />
      {record.isError && (
        <p role="alert" className="notice notice-error">
          {groupProblemText(t, record.error)}
        </p>
      )}
      {named.length > 0 && (
        <CheckboxGroup
          id={`${id}-named`}
          legend={t('groups.facilitate.attendanceNamed')}
          options={named.map((member) => ({ value: member.userId, label: member.handle }))}
          selected={present}
          onChange={setPresent}
        />
      )}
      {unnamed.length > 0 && (
        <FormField
          id={`${id}-unnamed`}
          label={t('groups.facilitate.attendanceUnnamed')}
          hint={t('groups.facilitate.attendanceUnnamedHint', { count: unnamed.length })}
          value={unnamedCount}
          onChange={setUnnamedCount}
          type="number"
          min={0}
          max={unnamed.length}
          error={countError}
        />
      )}
      <button type="submit">{t('groups.facilitate.attendanceSave')}</button>
    </form>
  );
}

/** The meeting note, private to facilitators and supervisors, with the fidelity checklist and the check-in prompt. */
function NoteForm({ groupId, meeting, note }: { groupId: string; meeting: MeetingDto; note: MeetingNoteDto | null }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveNote(groupId);
  const [body, setBody] = useState(note?.body ?? '');
  const [checked, setChecked] = useState<string[]>(() => Object.entries(note?.checklist ?? {}).filter(([, done]) => done).map(([item]) => item));
  const [status, setStatus] = useState<string | null>(null);
  const items = meeting.fidelityItems ?? [...FIDELITY_ITEMS];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const checklist = Object.fromEntries(items.map((item) => [item, checked.includes(item)])) as Partial<Record<FidelityItem, boolean>>;
    save.mutate({ occurrence: meeting.occurrence, body, checklist }, { onSuccess: () => setStatus(t('groups.facilitate.noteSaved')) });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('groups.facilitate.noteHeading')}</h4>
      {meeting.checkInPrompt && (
        <div className="card">
          <p>
            <strong>{t('groups.facilitate.checkInPrompt')}</strong>
          </p>
          <p>{meeting.checkInPrompt}</p>
        </div>
      )}
      <StatusMessage message={status} />
      {save.isError && (
        <p role="alert" className="notice notice-error">
          {groupProblemText(t, save.error)}
        </p>
      )}
      <CheckboxGroup
        id={`${id}-checklist`}
        legend={t('groups.facilitate.checklist')}
        options={items.map((item) => ({ value: item, label: t(`groups.facilitate.fidelity.${item}`) }))}
        selected={checked}
        onChange={setChecked}
      />
      <FormField id={`${id}-body`} label={t('groups.facilitate.noteBody')} value={body} onChange={setBody} multiline rows={5} />
      <button type="submit">{t('groups.facilitate.noteSave')}</button>
    </form>
  );
}

