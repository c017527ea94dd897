import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalChangeDto, GoalDto, GoalStatus } from '../../../../../shared/contracts/goals.js';
import { focusSoon, goalIds, inGoalWithStatus } from '../focus.js';
import { goalProblemText } from '../goal-problems.js';
import { useUpdateGoal } from '../queries.js';
import { AddStepForm } from './AddStepForm.js';
import { AddUpdateForm } from './AddUpdateForm.js';
import { GoalEditForm } from './GoalEditForm.js';
import { GoalFacts } from './GoalFacts.js';
import { GoalSteps } from './GoalSteps.js';
import { GoalUpdates } from './GoalUpdates.js';
import '../goals.css';

interface GoalCardProps {
  goal: GoalDto;
  viewerId: string | undefined;
  /** Says what happened in the page's status region, and shows a support card when the answer has one. */
  onChanged: (message: string, result?: GoalChangeDto) => void;
}

/**
 * One of the member's goals. Active goals can be edited, worked on and closed; goals in history can be
 * reopened. After an action focus goes where the goal now is, or stays where the person was working.
 */
export function GoalCard({ goal, viewerId, onChanged }: GoalCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const update = useUpdateGoal();
  const active = goal.status === 'active';
  const headingId = goalIds.heading(goal.id);
  const updatesHeadingId = `goal-${goal.id}-updates`;

  function changed(message: string, result?: GoalChangeDto) {
    setFailure(null);
    onChanged(message, result);
  }

  function setStatus(status: GoalStatus) {
    if (update.isPending) return;
    setFailure(null);
    update.mutate({ goalId: goal.id, changes: { status } }, {
      onSuccess: (result) => {
        changed(t(`goals.card.statusChanged.${status}`, { title: goal.title }), result);
        // The goal has moved between "Active goals" and "History": its heading there is where to go on.
        focusSoon(headingId, inGoalWithStatus(status));
      },
      onError: setFailure,
    });
  }

  return (
    <li className="card goal-card" data-goal-status={goal.status}>
      <h3 id={headingId} tabIndex={-1}>
        {goal.title}
      </h3>
      {editing ? (
        <GoalEditForm
          goal={goal}
          onSaved={(result) => {
            setEditing(false);
            changed(t('goals.edit.saved', { title: result.goal.title }), result);
            focusSoon(goalIds.editButton(goal.id));
          }}
          onCancel={() => {
            setEditing(false);
            focusSoon(goalIds.editButton(goal.id));
          }}
        />
      ) : (
        <GoalFacts goal={goal} forOwner />
      )}
      {failure !== null && (
        <p role="alert" className="notice notice-error">
          {goalProblemText(t, failure)}
        </p>
      )}
      <GoalSteps goal={goal} editable={active} onChanged={changed} onError={setFailure} />
      {active && (
        <AddStepForm
          goalId={goal.id}
          label={t('goals.steps.addLabel')}
          buttonLabel={t('goals.steps.add')}
          onAdded={(result, text) => changed(t('goals.steps.addedStatus', { text }), result)}
        />
      )}
      <GoalUpdates updates={goal.updates} viewerId={viewerId} headingId={updatesHeadingId} />
      {active && <AddUpdateForm goalId={goal.id} onAdded={(result) => changed(t('goals.updates.addedStatus'), result)} />}
      {!editing && (
        <div className="actions">
          {active ? (
            <>
              <button id={goalIds.editButton(goal.id)} type="button" className="button-secondary" onClick={() => setEditing(true)}>
                {t('goals.card.edit', { title: goal.title })}
              </button>
              <button type="button" onClick={() => setStatus('completed')}>
                {t('goals.card.complete', { title: goal.title })}
              </button>
              <button type="button" className="button-secondary" onClick={() => setStatus('set_aside')}>
                {t('goals.card.setAside', { title: goal.title })}
              </button>
            </>
          ) : (
            <button type="button" className="button-secondary" onClick={() => setStatus('active')}>
              {t('goals.card.reopen', { title: goal.title })}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
