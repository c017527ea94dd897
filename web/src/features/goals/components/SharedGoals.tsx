import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalDto } from '../../../../../shared/contracts/goals.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useCurrentUser } from '../../auth/queries.js';
import { focusSoon, goalIds } from '../focus.js';
import { canWithdraw, splitGoals, stepGroups } from '../goal-form.js';
import { goalProblemText } from '../goal-problems.js';
import { useDeleteStep, useRelationshipGoals } from '../queries.js';
import { AddStepForm } from './AddStepForm.js';
import { AddUpdateForm } from './AddUpdateForm.js';
import { GoalFacts } from './GoalFacts.js';
import { GoalUpdates } from './GoalUpdates.js';
import '../goals.css';

export type SharedGoalsRole = 'member' | 'supporter' | 'supervisor';

interface SharedGoalsProps {
  relationshipId: string;
  role: SharedGoalsRole;
  /** The level of this section's heading in the page that embeds it; goals use the next level down. */
  headingLevel?: 2 | 3;
}

/**
 * The member's shared goals inside one support relationship. The supporter suggests steps and adds
 * progress updates; the member sees what their supporter sees and works on goals on their own page;
 * an assigned supervisor reads (each read is audited by the server).
 */
export function SharedGoals({ relationshipId, role, headingLevel = 2 }: SharedGoalsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const historyId = useId();
  const goals = useRelationshipGoals(relationshipId);
  const [message, setMessage] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';

  return (
    <section aria-labelledby={headingId} className="shared-goals">
      <Heading id={headingId}>{t('goals.shared.heading')}</Heading>
      <StatusMessage message={message} />
      <QueryState query={goals}>
        {({ relationship, goals: list }) => {
          const { active, history } = splitGoals(list);
          const writable = role === 'supporter' && relationship.status === 'active';
          const card = (goal: GoalDto) => <SharedGoalCard key={goal.id} goal={goal} isOwner={role === 'member'} writable={writable} headingLevel={headingLevel + 1} onChanged={setMessage} />;
          return (
            <>
              <p>{t(`goals.shared.intro.${role}`, { member: relationship.memberHandle, supporter: relationship.supporterHandle })}</p>
              {role === 'member' && (
                <p>
                  <Link to="/goals">{t('goals.shared.manageLink')}</Link>
                </p>
              )}
              {role !== 'member' && relationship.status !== 'active' && <p className="muted">{t('goals.shared.ended')}</p>}
              {list.length === 0 ? (
                relationship.status === 'active' || role === 'member' ? <p className="muted">{t(`goals.shared.none.${role}`, { member: relationship.memberHandle, supporter: relationship.supporterHandle })}</p> : null
              ) : (
                <>
                  {active.length > 0 ? <ul className="plain-list">{active.map(card)}</ul> : <p className="muted">{t('goals.shared.noActive')}</p>}
                  {history.length > 0 && (
                    <>
                      <SubHeading id={historyId}>{t('goals.shared.historyHeading')}</SubHeading>
                      <ul className="plain-list" aria-labelledby={historyId}>
                        {history.map(card)}
                      </ul>
                    </>
                  )}
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

interface SharedGoalCardProps {
  goal: GoalDto;
  /** The member looking at their own goal. */
  isOwner: boolean;
  writable: boolean;
  headingLevel: number;
  onChanged: (message: string) => void;
}

function SharedGoalCard({ goal, isOwner, writable, headingLevel, onChanged }: SharedGoalCardProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const withdraw = useDeleteStep();
  const [failure, setFailure] = useState<unknown>(null);
  const active = goal.status === 'active';
  const canWrite = writable && active;
  const { steps, suggestions } = stepGroups(goal);
  const headingId = goalIds.heading(goal.id);
  const stepsHeadingId = goalIds.stepsHeading(goal.id);
  const Title = `h${Math.min(headingLevel, 6)}` as 'h3';
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as 'h4';

  function withdrawStep(stepId: string, text: string) {
    if (withdraw.isPending) return;
    withdraw.mutate({ goalId: goal.id, stepId }, {
      onSuccess: () => {
        setFailure(null);
        onChanged(t('goals.shared.withdrawnStatus', { text }));
        focusSoon(stepsHeadingId);
      },
      onError: setFailure,
    });
  }

  return (
    <li className="card goal-card">
      <Title id={headingId} tabIndex={-1}>
        {goal.title}
      </Title>
      <GoalFacts goal={goal} forOwner={isOwner} />
      {failure !== null && (
        <p role="alert" className="notice notice-error">
          {goalProblemText(t, failure)}
        </p>
      )}
      <Sub id={stepsHeadingId} tabIndex={-1}>
        {t('goals.steps.heading')}
      </Sub>
      {steps.length === 0 ? (
        <p className="muted">{t('goals.steps.none')}</p>
      ) : (
        <ul className="plain-list goal-steps" aria-labelledby={stepsHeadingId}>
          {steps.map((step) => (
            <li key={step.id}>
              <span className="goal-step-state">{step.status === 'done' ? t('goals.steps.done') : t('goals.steps.notDone')}</span> {step.text}
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <>
          <Sub>{t('goals.shared.waitingHeading')}</Sub>
          <ul className="plain-list goal-suggestions">
            {suggestions.map((step) => (
              <li key={step.id}>
                <p>
                  {step.text}{' '}
                  <span className="muted">
                    {step.suggestedBy?.id === me?.id ? t('goals.shared.yourSuggestion') : step.suggestedBy ? t('goals.steps.suggestedBy', { handle: step.suggestedBy.handle }) : t('goals.steps.suggestedByFormer')}
                  </span>
                </p>
                {canWrite && canWithdraw(step, me?.id) && (
                  <button type="button" className="button-secondary button-small" onClick={() => withdrawStep(step.id, step.text)}>
                    {t('goals.shared.withdraw', { text: step.text })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {canWrite && (
        <AddStepForm
          goalId={goal.id}
          label={t('goals.shared.suggestLabel')}
          hint={t('goals.shared.suggestHint')}
          buttonLabel={t('goals.shared.suggest')}
          onAdded={(_, text) => {
            setFailure(null);
            onChanged(t('goals.shared.suggestedStatus', { text }));
          }}
        />
      )}
      <GoalUpdates updates={goal.updates} viewerId={me?.id} headingId={`goal-${goal.id}-updates`} />
      {canWrite && (
        <AddUpdateForm
          goalId={goal.id}
          onAdded={() => {
            setFailure(null);
            onChanged(t('goals.updates.addedStatus'));
          }}
        />
      )}
    </li>
  );
}
