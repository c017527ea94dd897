import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInDto } from '../../../../../shared/contracts/support.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { SupportErrorSummary } from './SupportErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';
import { MOODS, outcomeFormSchema, outcomeFormValues, outcomeRequestFrom, type OutcomeFormValues, type Side } from '../check-in-forms.js';
import type { CheckInResponse } from '../api.js';
import { useRecordOutcome } from '../queries.js';
import type { SupportView } from '../support-view.js';

interface OutcomeFormProps {
  view: SupportView;
  side: Side;
  checkIn: CheckInDto;
  onSaved: (result: CheckInResponse) => void;
  onCancel?: () => void;
}

/** "Did it happen?": yes or no; if yes, the member's own mood check and what the two talked about. */
export function OutcomeForm({ view, side, checkIn, onSaved, onCancel }: OutcomeFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const ids = { happened: `${base}-happened`, mood: `${base}-mood`, moodWords: `${base}-mood-words`, talkedAbout: `${base}-talked` };
  const [values, setValues] = useState<OutcomeFormValues>(() => outcomeFormValues(checkIn));
  const errors = useFormErrors();
  const record = useRecordOutcome(view.summary.id);
  const set = <K extends keyof OutcomeFormValues>(key: K) => (value: OutcomeFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const labels = {
    happened: t('support.outcome.happened'),
    mood: t('support.outcome.mood'),
    moodWords: t('support.outcome.moodWords'),
    talkedAbout: t('support.outcome.talkedAbout'),
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const outcome = errors.validate(outcomeFormSchema, outcomeRequestFrom(values, side));
    if (!outcome) return;
    record.mutate({ checkInId: checkIn.id, outcome }, { onSuccess: onSaved, onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form support-outcome" aria-label={t('support.outcome.formLabel')}>
      <SupportErrorSummary errors={errors} fields={Object.fromEntries(Object.entries(labels).map(([name, label]) => [name, { id: ids[name as keyof typeof ids], label }]))} />
      <RadioGroup
        id={ids.happened}
        legend={labels.happened}
        options={[
          { value: 'yes', label: t('support.outcome.yes') },
          { value: 'no', label: t('support.outcome.no') },
        ]}
        value={values.happened}
        onChange={set('happened')}
        error={errors.fields.happened}
      />
      {values.happened === 'yes' && side === 'member' && (
        <>
          <RadioGroup
            id={ids.mood}
            legend={labels.mood}
            hint={t('support.outcome.moodHint', { supporter: view.summary.supporter.handle })}
            options={MOODS.map((mood) => ({ value: String(mood), label: t(`support.moods.level${mood}`) }))}
            value={values.mood}
            onChange={set('mood')}
            error={errors.fields.mood}
          />
          <FormField id={ids.moodWords} label={labels.moodWords} value={values.moodWords} onChange={set('moodWords')} error={errors.fields.moodWords} />
        </>
      )}
      {values.happened === 'yes' && (
        <FormField
          id={ids.talkedAbout}
          label={labels.talkedAbout}
          hint={t('support.outcome.talkedAboutHint', { supporter: view.summary.supporter.handle })}
          value={values.talkedAbout}
          onChange={set('talkedAbout')}
          error={errors.fields.talkedAbout}
          multiline
        />
      )}
      <div className="actions">
        <button type="submit">{t('support.outcome.save')}</button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('support.outcome.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
