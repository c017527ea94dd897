import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addStepInput, GOAL_STEP_MAX, type GoalChangeDto } from '../../../../../shared/contracts/goals.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { FieldErrorMessage, describedBy } from '../../../ui/FieldErrorMessage.js';
import { goalProblemText } from '../goal-problems.js';
import { useAddStep } from '../queries.js';

interface AddStepFormProps {
  goalId: string;
  /** The input's label: "A small step" for the member, "Suggest a step" for their supporter. */
  label: string;
  buttonLabel: string;
  hint?: string;
  onAdded: (result: GoalChangeDto, text: string) => void;
}

/** One line and a button; the input keeps focus after adding, ready for the next step. */
export function AddStepForm({ goalId, label, buttonLabel, hint, onAdded }: AddStepFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const errors = useFormErrors();
  const add = useAddStep();
  const error = errors.fields.text;
  const problem = errors.problem;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const step = errors.validate(addStepInput, { text });
    if (!step) {
      document.getElementById(id)?.focus();
      return;
    }
    add.mutate({ goalId, step }, {
      onSuccess: (result) => {
        setText('');
        onAdded(result, step.text);
      },
      onError: (failure) => {
        errors.fail(failure);
        document.getElementById(id)?.focus();
      },
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="add-row goal-add-step">
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )}
        <input
          id={id}
          value={text}
          maxLength={GOAL_STEP_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? `${id}-hint` : null, error ? `${id}-error` : null)}
          onChange={(event) => setText(event.target.value)}
        />
        <FieldErrorMessage id={`${id}-error`} error={error} />
      </div>
      <button type="submit" className="button-secondary">
        {buttonLabel}
      </button>
      {problem !== null && (
        <p role="alert" className="notice notice-error">
          {goalProblemText(t, problem)}
        </p>
      )}
    </form>
  );
}
