import { describe, expect, it } from 'vitest';
import type { GoalDto, GoalStepDto } from '../../../../shared/contracts/goals.js';
import { canWithdraw, editGoalSchema, EMPTY_GOAL_FORM, goalChanges, goalFormValues, localDay, newGoalBody, newGoalSchema, splitGoals, stepGroups, stepProgress } from './goal-form.js';

const step = (id: string, status: GoalStepDto['status'], suggestedBy = 'me'): GoalStepDto => ({
  id, text: `Step ${id}`, status, suggestedBy: { id: suggestedBy, handle: suggestedBy }, suggestedByRole: suggestedBy === 'me' ? 'member' : 'supporter',
  createdAt: '2026-11-01T10:00:00.000Z', doneAt: status === 'done' ? '2026-11-02T10:00:00.000Z' : null,
});

const goal = (overrides: Partial<GoalDto> = {}): GoalDto => ({
  id: 'g1', memberId: 'me', title: 'Walk each week', why: 'Fresh air', targetDate: '2026-12-01', visibility: 'private', status: 'active',
  createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', closedAt: null, steps: [], updates: [], ...overrides,
});

const codes = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('the new goal form', () => {
  it('sends no target date as null and refuses a day before the reader’s today', () => {
    const today = localDay(new Date(2026, 10, 22, 23, 30));
    expect(today).toBe('2026-11-22');
    const schema = newGoalSchema(today);
    expect(schema.safeParse(newGoalBody({ ...EMPTY_GOAL_FORM, title: 'Call my sister' })).data).toEqual({
      title: 'Call my sister', why: '', steps: [], targetDate: null, visibility: 'private',
    });
    expect(schema.safeParse(newGoalBody({ ...EMPTY_GOAL_FORM, title: 'Today is fine', targetDate: '2026-11-22' })).success).toBe(true);
    expect(codes(schema.safeParse(newGoalBody({ ...EMPTY_GOAL_FORM, title: 'Too late', targetDate: '2026-11-21' })))).toEqual([['targetDate', 'date_in_past']]);
    expect(codes(schema.safeParse(newGoalBody({ ...EMPTY_GOAL_FORM, title: '  ' })))).toEqual([['title', 'required']]);
  });
});

describe('editing a goal', () => {
  it('sends only what changed, so a target date that has passed can stay', () => {
    const original = goal({ targetDate: '2026-01-01' });
    expect(goalChanges(original, goalFormValues(original))).toEqual({});
    expect(goalChanges(original, { ...goalFormValues(original), title: 'Walk twice a week ' })).toEqual({ title: 'Walk twice a week ' });
    expect(goalChanges(original, { ...goalFormValues(original), targetDate: '', visibility: 'shared' })).toEqual({ targetDate: null, visibility: 'shared' });

    const schema = editGoalSchema('2026-11-22');
    expect(schema.safeParse(goalChanges(original, { ...goalFormValues(original), why: 'More air' })).success).toBe(true);
    expect(codes(schema.safeParse(goalChanges(original, { ...goalFormValues(original), targetDate: '2026-11-20' })))).toEqual([['targetDate', 'date_in_past']]);
  });
});

describe('goal lists and steps', () => {
  it('splits active goals from history', () => {
    const goals = [goal({ id: 'a' }), goal({ id: 'b', status: 'completed' }), goal({ id: 'c', status: 'set_aside' })];
    const { active, history } = splitGoals(goals);
    expect(active.map((item) => item.id)).toEqual(['a']);
    expect(history.map((item) => item.id)).toEqual(['b', 'c']);
  });

  it('counts progress on steps taken on, keeping suggestions apart', () => {
    const withSteps = goal({ steps: [step('1', 'done'), step('2', 'open'), step('3', 'suggested', 'cedar')] });
    expect(stepProgress(withSteps)).toEqual({ done: 1, total: 2 });
    const groups = stepGroups(withSteps);
    expect(groups.steps.map((item) => item.id)).toEqual(['1', '2']);
    expect(groups.suggestions.map((item) => item.id)).toEqual(['3']);
  });

  it('lets a supporter withdraw only their own suggestion while it waits', () => {
    expect(canWithdraw(step('1', 'suggested', 'cedar'), 'cedar')).toBe(true);
    expect(canWithdraw(step('1', 'suggested', 'cedar'), 'someone')).toBe(false);
    expect(canWithdraw(step('1', 'open', 'cedar'), 'cedar')).toBe(false);
    expect(canWithdraw(step('1', 'suggested', 'cedar'), undefined)).toBe(false);
  });
});
