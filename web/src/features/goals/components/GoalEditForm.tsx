import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_TITLE_MAX, type GoalChangeDto, type GoalDto } from '../../../../../shared/contracts/goals.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { editGoalSchema, goalChanges, goalFormValues, type GoalFormValues, localDay } from '../goal-form.js';
import { useUpdateGoal } from '../queries.js';
import { TargetDateField } from './TargetDateField.js';
import { VisibilityChoice } from './VisibilityChoice.js';

interface GoalEditFormProps {
  goal: GoalDto;
  onSaved: (result: GoalChangeDto) => void;
  onCancel: () => void;
}

/** Edit in place: focus starts in the first field; only what changed is sent. */
export function GoalEditForm({ goal, onSaved, onCancel }: GoalEditFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const ids = { title: `${base}-title`, why: `${base}-why`, targetDate: `${base}-date`, visibility: `${base}-visibility` };
  const [values, setValues] = useState<GoalFormValues>(() => goalFormValues(goal));
  const errors = useFormErrors();
  const update = useUpdateGoal();
  const first = useRef(false);
  const set = <K extends keyof GoalFormValues>(key: K) => (value: GoalFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const today = localDay(new Date());
  // An old target date stays selectable so the member can keep it while changing something else.
  const minDate = goal.targetDate && goal.targetDate < today ? goal.targetDate : today;

  useEffect(() => {
    if (first.current) return;
    first.current = true;
    document.getElementById(ids.title)?.focus();
  }, [ids.title]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const changes = errors.validate(editGoalSchema(today), goalChanges(goal, values));
    if (!changes) return;
    update.mutate({ goalId: goal.id, changes }, { onSuccess: onSaved, onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide" aria-label={t('goals.edit.formLabel', { title: goal.title })}>
      <ErrorSummary
        errors={errors}
        fields={{
          title: { id: ids.title, label: t('goals.form.title') },
          why: { id: ids.why, label: t('goals.form.why') },
          targetDate: { id: ids.targetDate, label: t('goals.form.targetDate') },
          visibility: { id: ids.visibility, label: t('goals.form.visibility') },
        }}
      />
      <FormField id={ids.title} label={t('goals.form.title')} hint={t('goals.form.titleHint', { max: GOAL_TITLE_MAX })} value={values.title} onChange={set('title')} error={errors.fields.title} required />
      <FormField id={ids.why} label={t('goals.form.why')} hint={t('goals.form.whyHint')} value={values.why} onChange={set('why')} error={errors.fields.why} multiline />
      <TargetDateField id={ids.targetDate} value={values.targetDate} min={minDate} onChange={set('targetDate')} error={errors.fields.targetDate} />
      <VisibilityChoice id={ids.visibility} value={values.visibility} onChange={set('visibility')} error={errors.fields.visibility} />
      <div className="actions">
        <button type="submit">{t('goals.edit.save')}</button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('goals.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
