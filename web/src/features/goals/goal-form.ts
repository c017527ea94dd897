import { createGoalInput, type GoalDto, type GoalStepDto, type GoalVisibility, updateGoalInput } from '../../../../shared/contracts/goals.js';

/** What the goal forms hold: text as typed, and '' for "no target date". */
export interface GoalFormValues {
  title: string;
  why: string;
  targetDate: string;
  visibility: GoalVisibility;
}

export interface NewGoalFormValues extends GoalFormValues {
  steps: string[];
}

export const EMPTY_GOAL_FORM: NewGoalFormValues = { title: '', why: '', targetDate: '', visibility: 'private', steps: [] };

/** The reader's own calendar day, YYYY-MM-DD, for the date picker's minimum and the past-date check. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A target date before the reader's today; the server judges it too, against its clock. */
const notBefore = (today: string) => (date: string | null | undefined) => !date || date >= today;

/** The create form's checks: the shared contract, plus "not in the past" on the reader's calendar. */
export function newGoalSchema(today: string) {
  return createGoalInput.refine((goal) => notBefore(today)(goal.targetDate), { path: ['targetDate'], error: 'date_in_past' });
}

export function newGoalBody(values: NewGoalFormValues) {
  return { ...values, targetDate: values.targetDate || null };
}

export function goalFormValues(goal: GoalDto): GoalFormValues {
  return { title: goal.title, why: goal.why, targetDate: goal.targetDate ?? '', visibility: goal.visibility };
}

/**
 * Only what the member changed goes to the server, so an old target date that has since passed can stay
 * while the title is reworded; a new date must not be in the past.
 */
export function goalChanges(goal: GoalDto, values: GoalFormValues): Record<string, unknown> {
  const targetDate = values.targetDate || null;
  return {
    ...(values.title.trim() !== goal.title ? { title: values.title } : {}),
    ...(values.why.trim() !== goal.why ? { why: values.why } : {}),
    ...(targetDate !== goal.targetDate ? { targetDate } : {}),
    ...(values.visibility !== goal.visibility ? { visibility: values.visibility } : {}),
  };
}

export function editGoalSchema(today: string) {
  return updateGoalInput.refine((changes) => notBefore(today)(changes.targetDate), { path: ['targetDate'], error: 'date_in_past' });
}

/** Active goals (as the server orders them), and the history of completed and set-aside goals. */
export function splitGoals(goals: readonly GoalDto[]): { active: GoalDto[]; history: GoalDto[] } {
  return { active: goals.filter((goal) => goal.status === 'active'), history: goals.filter((goal) => goal.status !== 'active') };
}

/** Steps the member has taken on, and suggestions still waiting for their answer. */
export function stepGroups(goal: GoalDto): { steps: GoalStepDto[]; suggestions: GoalStepDto[] } {
  return { steps: goal.steps.filter((step) => step.status !== 'suggested'), suggestions: goal.steps.filter((step) => step.status === 'suggested') };
}

/** "2 of 3 steps done", counting only steps the member has taken on. */
export function stepProgress(goal: GoalDto): { done: number; total: number } {
  const { steps } = stepGroups(goal);
  return { done: steps.filter((step) => step.status === 'done').length, total: steps.length };
}

/** For a supporter: whether this waiting suggestion is theirs to withdraw. */
export function canWithdraw(step: GoalStepDto, viewerId: string | undefined): boolean {
  return step.status === 'suggested' && viewerId !== undefined && step.suggestedBy?.id === viewerId;
}
