import { useTranslation } from 'react-i18next';
import type { GoalChangeDto, GoalDto, GoalStepDto } from '../../../../../shared/contracts/goals.js';
import { focusSoon, goalIds } from '../focus.js';
import { stepGroups } from '../goal-form.js';
import { useDeleteStep, useUpdateStep } from '../queries.js';

interface GoalStepsProps {
  goal: GoalDto;
  /** False for goals in history: steps are shown, not changed. */
  editable: boolean;
  onChanged: (message: string, result?: GoalChangeDto) => void;
  onError: (error: unknown) => void;
}

function StepWriter({ step }: { step: GoalStepDto }) {
  const { t } = useTranslation();
  if (step.suggestedByRole !== 'supporter') return null;
  return <span className="muted"> {step.suggestedBy ? t('goals.steps.suggestedBy', { handle: step.suggestedBy.handle }) : t('goals.steps.suggestedByFormer')}</span>;
}

/** The member's steps, ticked off with a checkbox each, and their supporter's suggestions to take on or decline. */
export function GoalSteps({ goal, editable, onChanged, onError }: GoalStepsProps) {
  const { t } = useTranslation();
  const updateStep = useUpdateStep();
  const deleteStep = useDeleteStep();
  const { steps, suggestions } = stepGroups(goal);
  const headingId = goalIds.stepsHeading(goal.id);
  const suggestionsHeadingId = `${headingId}-suggestions`;
  const busy = updateStep.isPending || deleteStep.isPending;

  function toggle(step: GoalStepDto, done: boolean) {
    if (busy) return;
    updateStep.mutate({ goalId: goal.id, stepId: step.id, changes: { status: done ? 'done' : 'open' } }, {
      onSuccess: (result) => onChanged(done ? t('goals.steps.doneStatus', { text: step.text }) : t('goals.steps.undoneStatus', { text: step.text }), result),
      onError,
    });
  }

  function accept(step: GoalStepDto) {
    if (busy) return;
    updateStep.mutate({ goalId: goal.id, stepId: step.id, changes: { status: 'open' } }, {
      onSuccess: (result) => {
        onChanged(t('goals.steps.acceptedStatus', { text: step.text }), result);
        focusSoon(goalIds.step(goal.id, step.id));
      },
      onError,
    });
  }

  function remove(step: GoalStepDto, declined: boolean) {
    if (busy) return;
    deleteStep.mutate({ goalId: goal.id, stepId: step.id }, {
      onSuccess: () => {
        onChanged(declined ? t('goals.steps.declinedStatus', { text: step.text }) : t('goals.steps.removedStatus', { text: step.text }));
        focusSoon(headingId);
      },
      onError,
    });
  }

  return (
    <>
      <h4 id={headingId} tabIndex={-1}>
        {t('goals.steps.heading')}
      </h4>
      {steps.length === 0 ? (
        <p className="muted">{t('goals.steps.none')}</p>
      ) : (
        <ul className="plain-list goal-steps" aria-labelledby={headingId}>
          {steps.map((step) => (
            <li key={step.id} className="goal-step">
              {editable ? (
                <>
                  <div className="checkbox">
                    <input
                      id={goalIds.step(goal.id, step.id)}
                      type="checkbox"
                      checked={step.status === 'done'}
                      onChange={(event) => toggle(step, event.target.checked)}
                    />
                    <label htmlFor={goalIds.step(goal.id, step.id)}>{step.text}</label>
                    <StepWriter step={step} />
                  </div>
                  <button type="button" className="button-quiet button-small" onClick={() => remove(step, false)}>
                    {t('goals.steps.remove', { text: step.text })}
                  </button>
                </>
              ) : (
                <p>
                  <span className="goal-step-state">{step.status === 'done' ? t('goals.steps.done') : t('goals.steps.notDone')}</span> {step.text}
                  <StepWriter step={step} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <>
          <h4 id={suggestionsHeadingId}>{t('goals.steps.suggestionsHeading')}</h4>
          <ul className="plain-list goal-suggestions" aria-labelledby={suggestionsHeadingId}>
            {suggestions.map((step) => (
              <li key={step.id} className="goal-step">
                <p>
                  {step.text}
                  <StepWriter step={step} />
                </p>
                {editable && (
                  <div className="actions actions-compact">
                    <button type="button" className="button-small" onClick={() => accept(step)}>
                      {t('goals.steps.accept', { text: step.text })}
                    </button>
                    <button type="button" className="button-secondary button-small" onClick={() => remove(step, true)}>
                      {t('goals.steps.decline', { text: step.text })}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
