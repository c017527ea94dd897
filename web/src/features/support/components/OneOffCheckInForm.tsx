import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../lib/form-errors.js';
import { SupportErrorSummary } from './SupportErrorSummary.js';
import { DateTimeLocalField } from '../../safety/components/DateTimeLocalField.js';
import { oneOffFormValues, oneOffRequestFrom, oneOffSchema, type OneOffFormValues } from '../check-in-forms.js';
import { useAddOneOff } from '../queries.js';
import { focusSoon, supportIds, type SupportView } from '../support-view.js';
import { formatInZone, zoneLabel } from '../zoned-time.js';
import { DurationField } from './DurationField.js';
import { MeetingModeChoice } from './MeetingModeChoice.js';

/** An extra meeting outside the rhythm, at a time on the reader's own clock. */
export function OneOffCheckInForm({ view }: { view: SupportView }) {
  const { t, i18n } = useTranslation();
  const base = useId();
  const ids = { plannedAt: `${base}-time`, durationMinutes: `${base}-duration`, meetingMode: `${base}-mode`, meetingDetail: `${base}-detail` };
  const initial = () => oneOffFormValues(view.summary.agreedPlan);
  const [values, setValues] = useState<OneOffFormValues>(initial);
  const errors = useFormErrors();
  const add = useAddOneOff(view.summary.id);
  const set = <K extends keyof OneOffFormValues>(key: K) => (value: OneOffFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const labels = {
    plannedAt: t('support.oneOff.plannedAt'),
    durationMinutes: t('support.proposeForm.duration'),
    meetingMode: t('support.meeting.mode'),
    meetingDetail: t('support.meeting.detail'),
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const checkIn = errors.validate(oneOffSchema(view.zone, new Date()), oneOffRequestFrom(values));
    if (!checkIn) return;
    add.mutate(
      { relationshipId: view.summary.id, checkIn: { ...checkIn, meetingDetail: checkIn.meetingDetail ?? null } },
      {
        onSuccess: (added) => {
          setValues(initial());
          view.announce(t('support.oneOff.addedStatus', { when: formatInZone(added.plannedAt, i18n.language, view.zone), handle: view.otherHandle }));
          focusSoon(supportIds.checkIn(added.id));
        },
        onError: errors.fail,
      },
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form card" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{t('support.oneOff.heading')}</h3>
      <SupportErrorSummary
        errors={errors}
        fields={Object.fromEntries(Object.entries(labels).map(([name, label]) => [name, { id: ids[name as keyof typeof ids], label }]))}
      />
      <DateTimeLocalField
        id={ids.plannedAt}
        label={labels.plannedAt}
        hint={t('support.timeInYourZone', { zone: zoneLabel(view.zone) })}
        value={values.plannedAt}
        onChange={set('plannedAt')}
        error={errors.fields.plannedAt}
      />
      <DurationField id={ids.durationMinutes} value={values.durationMinutes} onChange={set('durationMinutes')} error={errors.fields.durationMinutes} />
      <MeetingModeChoice ids={ids} values={values} onChange={(change) => setValues((previous) => ({ ...previous, ...change }))} errors={errors.fields} />
      <button type="submit">{t('support.oneOff.submit')}</button>
    </form>
  );
}
