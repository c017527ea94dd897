import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addGoalUpdateInput, type GoalChangeDto } from '../../../../../shared/contracts/goals.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { FormField } from '../../../ui/FormField.js';
import { goalProblemText } from '../goal-problems.js';
import { useAddGoalUpdate } from '../queries.js';

/** A progress note from the member or their supporter; the box empties and keeps focus once it is added. */
export function AddUpdateForm({ goalId, hint, onAdded }: { goalId: string; hint?: string; onAdded: (result: GoalChangeDto) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const addUpdate = useAddGoalUpdate();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (addUpdate.isPending) return;
    const update = errors.validate(addGoalUpdateInput, { note });
    if (!update) {
      document.getElementById(id)?.focus();
      return;
    }
    addUpdate.mutate({ goalId, update }, {
      onSuccess: (result) => {
        setNote('');
        onAdded(result);
      },
      onError: (failure) => {
        errors.fail(failure);
        document.getElementById(id)?.focus();
      },
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form goal-add-update">
      <FormField id={id} label={t('goals.updates.label')} hint={hint} value={note} onChange={setNote} multiline rows={2} error={errors.fields.note} />
      {errors.problem !== null && (
        <p role="alert" className="notice notice-error">
          {goalProblemText(t, errors.problem)}
        </p>
      )}
      <button type="submit" className="button-secondary">
        {t('goals.updates.add')}
      </button>
    </form>
  );
}
