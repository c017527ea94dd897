import type { GoalDto, GoalStatus, GoalStepDto, GoalUpdateDto, GoalVisibility, StepStatus } from '../../../shared/contracts/goals.js';
import type { GoalRecord, GoalStepRow, GoalUpdateRow } from './goals.repo.js';

function person(id: string | null, handle: string | null) {
  return id !== null && handle !== null ? { id, handle } : null;
}

function writerRole(writerId: string | null, memberId: string): 'member' | 'supporter' | null {
  if (writerId === null) return null;
  return writerId === memberId ? 'member' : 'supporter';
}

export function presentStep(row: GoalStepRow, memberId: string): GoalStepDto {
  return {
    id: row.id,
    text: row.text,
    status: row.status as StepStatus,
    suggestedBy: person(row.suggested_by, row.suggested_by_handle),
    suggestedByRole: writerRole(row.suggested_by, memberId),
    createdAt: row.created_at,
    doneAt: row.done_at,
  };
}

export function presentUpdate(row: GoalUpdateRow, memberId: string): GoalUpdateDto {
  return {
    id: row.id,
    note: row.note,
    author: person(row.author_id, row.author_handle),
    authorRole: writerRole(row.author_id, memberId),
    createdAt: row.created_at,
  };
}

/** One goal as the member, their supporter and the supporter's supervisor see it: listed fields only. */
export function presentGoal({ goal, steps, updates }: GoalRecord): GoalDto {
  return {
    id: goal.id,
    memberId: goal.member_id,
    title: goal.title,
    why: goal.why,
    targetDate: goal.target_date,
    visibility: goal.visibility as GoalVisibility,
    status: goal.status as GoalStatus,
    createdAt: goal.created_at,
    updatedAt: goal.updated_at,
    closedAt: goal.closed_at,
    steps: steps.map((step) => presentStep(step, goal.member_id)),
    updates: updates.map((update) => presentUpdate(update, goal.member_id)),
  };
}

/** "Download my data": the person's own goals, with who wrote each part by role rather than by name. */
export function exportGoal({ goal, steps, updates }: GoalRecord) {
  return {
    title: goal.title,
    why: goal.why,
    target_date: goal.target_date,
    visibility: goal.visibility,
    status: goal.status,
    created_at: goal.created_at,
    updated_at: goal.updated_at,
    closed_at: goal.closed_at,
    steps: steps.map((step) => ({
      text: step.text, status: step.status, written_by: writerRole(step.suggested_by, goal.member_id), created_at: step.created_at, done_at: step.done_at,
    })),
    updates: updates.map((update) => ({ note: update.note, written_by: writerRole(update.author_id, goal.member_id), created_at: update.created_at })),
  };
}
