import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInDto } from '../../../../../shared/contracts/support.js';
import { durationText } from '../../../lib/duration-text.js';
import { inSentence } from '../../../lib/format.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { SupportErrorSummary } from './SupportErrorSummary.js';
import { DateTimeLocalField } from '../../safety/components/DateTimeLocalField.js';
import { changeRequestFrom, changeSchema, type ChangeFormValues } from '../check-in-forms.js';
import { useChangeCheckIn } from '../queries.js';
import { supportProblemText } from '../support-problems.js';
import { focusSoon, supportIds, type SupportView } from '../support-view.js';
import { formatInZone, localInputInZone, zoneLabel } from '../zoned-time.js';
import { CheckInTime } from './CheckInTime.js';
import { MeetingModeChoice } from './MeetingModeChoice.js';
import { OneOffCheckInForm } from './OneOffCheckInForm.js';

/** The next meetings, on the reader's clock, each with a way to move or cancel it; and a one-off to add. */
export function UpcomingCheckIns({ view }: { view: SupportView }) {
  const { t } = useTranslation();
  const { upcoming } = view.summary;
  const canChange = view.role !== 'supervisor' && view.active;
  return (
    <section aria-labelledby={supportIds.upcomingHeading}>
      <h2 id={supportIds.upcomingHeading} tabIndex={-1}>
        {t('support.upcoming.heading')}
      </h2>
      {upcoming.length === 0 ? (
        <p className="muted">{t('support.upcoming.none')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby={supportIds.upcomingHeading}>
          {upcoming.map((checkIn) => (
            <UpcomingItem key={checkIn.id} view={view} checkIn={checkIn} canChange={canChange} />
          ))}
        </ul>
      )}
      {canChange && <OneOffCheckInForm view={view} />}
    </section>
  );
}

/** How long and how: "45 minutes, video call", and whether it comes from the rhythm. */
export function CheckInFacts({ checkIn }: { checkIn: CheckInDto }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {t('support.checkIn.facts', { duration: durationText(t, checkIn.durationMinutes), mode: inSentence(t(`support.meetingModes.${checkIn.meetingMode}`)) })}
        <span className="muted"> · {checkIn.fromPlan ? t('support.checkIn.fromPlan') : t('support.checkIn.oneOff')}</span>
      </p>
      {checkIn.meetingDetail && (
        <p>
          {t('support.rhythm.detail')} <span className="story">{checkIn.meetingDetail}</span>
        </p>
      )}
    </>
  );
}

function UpcomingItem({ view, checkIn, canChange }: { view: SupportView; checkIn: CheckInDto; canChange: boolean }) {
  const { t, i18n } = useTranslation();
  const [changing, setChanging] = useState(false);
  const change = useChangeCheckIn(view.summary.id);
  const headingId = supportIds.checkIn(checkIn.id);
  const changeButtonId = `${headingId}-change`;
  const when = formatInZone(checkIn.plannedAt, i18n.language, view.zone);

  function cancel() {
    if (change.isPending) return;
    change.mutate(
      { checkInId: checkIn.id, changes: { cancel: true } },
      {
        onSuccess: () => {
          view.announce(t('support.upcoming.cancelledStatus', { when, handle: view.otherHandle }));
          focusSoon(supportIds.upcomingHeading);
        },
      },
    );
  }

  return (
    <li className="card">
      <h3 id={headingId} tabIndex={-1}>
        <CheckInTime iso={checkIn.plannedAt} zone={view.zone} />
      </h3>
      <CheckInFacts checkIn={checkIn} />
      {change.isError && (
        <p role="alert" className="notice notice-error">
          {supportProblemText(t, change.error)}
        </p>
      )}
      {canChange &&
        (changing ? (
          <ChangeForm
            view={view}
            checkIn={checkIn}
            onDone={(moved) => {
              setChanging(false);
              if (moved) {
                view.announce(t('support.upcoming.changedStatus', { when: formatInZone(moved.plannedAt, i18n.language, view.zone), handle: view.otherHandle }));
                focusSoon(supportIds.checkIn(moved.id));
              } else {
                focusSoon(changeButtonId);
              }
            }}
          />
        ) : (
          // The group is named by the meeting's time, so each short button is heard with the meeting it acts on.
          <div className="actions" role="group" aria-labelledby={headingId}>
            <button id={changeButtonId} type="button" className="button-secondary" onClick={() => setChanging(true)}>
              {t('support.upcoming.change')}
            </button>
            <ConfirmButton
              label={t('support.upcoming.cancel')}
              question={t('support.upcoming.cancelQuestion', { handle: view.otherHandle })}
              confirmLabel={t('support.upcoming.cancelYes')}
              cancelLabel={t('support.upcoming.cancelNo')}
              onConfirm={cancel}
              danger
            />
          </div>
        ))}
    </li>
  );
}

interface ChangeFormProps {
  view: SupportView;
  checkIn: CheckInDto;
  /** The changed check-in, or null when the person kept it as it was. */
  onDone: (moved: CheckInDto | null) => void;
}

/** A new time (on the reader's clock) and way to meet for one meeting; focus starts in the time. */
function ChangeForm({ view, checkIn, onDone }: ChangeFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const ids = { plannedAt: `${base}-time`, meetingMode: `${base}-mode`, meetingDetail: `${base}-detail` };
  const originalLocal = localInputInZone(checkIn.plannedAt, view.zone);
  const [values, setValues] = useState<ChangeFormValues>({ plannedAt: originalLocal, meetingMode: checkIn.meetingMode, meetingDetail: checkIn.meetingDetail ?? '' });
  const errors = useFormErrors();
  const change = useChangeCheckIn(view.summary.id);
  const set = <K extends keyof ChangeFormValues>(key: K) => (value: ChangeFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  useEffect(() => {
    document.getElementById(ids.plannedAt)?.focus();
  }, [ids.plannedAt]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const changes = errors.validate(changeSchema(view.zone, new Date()), changeRequestFrom(values, originalLocal));
    if (!changes) return;
    change.mutate({ checkInId: checkIn.id, changes }, { onSuccess: (moved) => onDone(moved), onError: errors.fail });
  }

  return (
    <form
      noValidate
      onSubmit={handleSubmit}
      className="form"
      aria-label={t('support.upcoming.changeFormLabel')}
    >
      <SupportErrorSummary
        errors={errors}
        fields={{
          plannedAt: { id: ids.plannedAt, label: t('support.upcoming.newTime') },
          meetingMode: { id: ids.meetingMode, label: t('support.meeting.mode') },
          meetingDetail: { id: ids.meetingDetail, label: t('support.meeting.detail') },
        }}
      />
      <DateTimeLocalField
        id={ids.plannedAt}
        label={t('support.upcoming.newTime')}
        hint={t('support.timeInYourZone', { zone: zoneLabel(view.zone) })}
        value={values.plannedAt}
        onChange={set('plannedAt')}
        error={errors.fields.plannedAt}
      />
      <MeetingModeChoice ids={ids} values={values} onChange={(change) => setValues((previous) => ({ ...previous, ...change }))} errors={errors.fields} />
      <div className="actions">
        <button type="submit">{t('support.upcoming.save')}</button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('support.upcoming.keep')}
        </button>
      </div>
    </form>
  );
}
