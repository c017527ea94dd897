import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalDto } from '../../../../../shared/contracts/goals.js';
import { formatDay } from '../../../lib/format.js';
import { DateTime } from '../../../ui/DateTime.js';
import { FactList } from '../../../ui/FactList.js';
import { stepProgress } from '../goal-form.js';

/** Why the goal matters, its target date, where it stands and, for the member (who owns it), who can see it. */
export function GoalFacts({ goal, forOwner }: { goal: GoalDto; forOwner: boolean }) {
  const { t, i18n } = useTranslation();
  const progress = stepProgress(goal);
  const facts: Array<readonly [string, ReactNode]> = [];
  if (goal.why) facts.push([forOwner ? t('goals.facts.why') : t('goals.facts.whyTheirs'), <span className="story">{goal.why}</span>]);
  facts.push([t('goals.facts.targetDate'), goal.targetDate ? formatDay(goal.targetDate, i18n.language) : t('goals.facts.noTargetDate')]);
  facts.push([t('goals.facts.status'), t(`goals.status.${goal.status}`)]);
  if (goal.closedAt) facts.push([goal.status === 'completed' ? t('goals.facts.completedOn') : t('goals.facts.setAsideOn'), <DateTime iso={goal.closedAt} />]);
  if (progress.total > 0) facts.push([t('goals.facts.progress'), t('goals.facts.stepsDone', { done: progress.done, count: progress.total })]);
  if (forOwner) facts.push([t('goals.facts.visibility'), t(`goals.visibility.${goal.visibility}.short`)]);
  return <FactList facts={facts} />;
}
