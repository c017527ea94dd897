import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_STEP_MAX, GOAL_TITLE_MAX, type GoalChangeDto } from '../../../../../shared/contracts/goals.js';
import { errorAt, withNestedTargets } from '../../../lib/field-paths.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { TextListField } from '../../../ui/TextListField.js';
import { EMPTY_GOAL_FORM, localDay, newGoalBody, newGoalSchema, type NewGoalFormValues } from '../goal-form.js';
import { useCreateGoal } from '../queries.js';
import { TargetDateField } from './TargetDateField.js';
import { VisibilityChoice } from './VisibilityChoice.js';

/** What, why it matters, small steps, an optional target date, and who can see it. */
export function NewGoalForm({ onCreated }: { onCreated: (result: GoalChangeDto) => void }) {
  const { t } = useTranslation();
  const base = useId();
  const ids = { title: `${base}-title`, why: `${base}-why`, steps: `${base}-steps`, targetDate: `${base}-date`, visibility: `${base}-visibility` };
  const [values, setValues] = useState<NewGoalFormValues>(EMPTY_GOAL_FORM);
  const errors = useFormErrors();
  const create = useCreateGoal();
  const set = <K extends keyof NewGoalFormValues>(key: K) => (value: NewGoalFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const today = localDay(new Date());
  const summaryFields = withNestedTargets(
    {
      title: { id: ids.title, label: t('goals.form.title') },
      why: { id: ids.why, label: t('goals.form.why') },
      steps: { id: ids.steps, label: t('goals.form.steps') },
      targetDate: { id: ids.targetDate, label: t('goals.form.targetDate') },
      visibility: { id: ids.visibility, label: t('goals.form.visibility') },
    },
    errors.fields,
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const input = errors.validate(newGoalSchema(today), newGoalBody(values));
    if (!input) return;
    create.mutate(input, {
      onSuccess: (result) => {
        setValues(EMPTY_GOAL_FORM);
        onCreated(result);
      },
      onError: errors.fail,
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide">
      <ErrorSummary errors={errors} fields={summaryFields} />
      <FormField id={ids.title} label={t('goals.form.title')} hint={t('goals.form.titleHint', { max: GOAL_TITLE_MAX })} value={values.title} onChange={set('title')} error={errors.fields.title} required />
      <FormField id={ids.why} label={t('goals.form.why')} hint={t('goals.form.whyHint')} value={values.why} onChange={set('why')} error={errors.fields.why} multiline />
      <TextListField
        id={ids.steps}
        legend={t('goals.form.steps')}
        hint={t('goals.form.stepsHint')}
        inputLabel={t('goals.form.stepInput')}
        addLabel={t('goals.form.addStep')}
        removeLabel={(item) => t('goals.form.removeStep', { item })}
        emptyText={t('goals.form.noSteps')}
        items={values.steps}
        onChange={set('steps')}
        error={errors.fields.steps}
        itemError={(index) => errorAt(errors.fields, 'steps', index)}
        maxLength={GOAL_STEP_MAX}
      />
      <TargetDateField id={ids.targetDate} value={values.targetDate} min={today} onChange={set('targetDate')} error={errors.fields.targetDate} />
      <VisibilityChoice id={ids.visibility} value={values.visibility} onChange={set('visibility')} error={errors.fields.visibility} />
      <button type="submit">{t('goals.form.create')}</button>
    </form>
  );
}

