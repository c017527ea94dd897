import type { Access } from '../../platform/auth/access.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { GoalRow } from './goals.repo.js';
import type { RelationshipView } from './support.policy.js';

/** Everyone signed in keeps their own goals; whether they may touch someone else's is decided per goal. */
export const OWN_GOALS: Access = 'signed-in';
export const GOAL_ACCESS: Access = 'signed-in';

/** How a person stands to one goal. Anyone else learns nothing about it: a 404. */
export type GoalRole = 'member' | 'supporter';

/**
 * The goal is the member's own. A supporter takes part only while the member shares the goal with them
 * and their relationship is active; making the goal private, or the relationship ending, stops that at
 * once. Roles grant nothing here: a supervisor reads shared goals through the relationship, never writes.
 */
export function goalRoleFor(actor: Actor, goal: Pick<GoalRow, 'member_id' | 'visibility'>, activeSupporters: readonly string[]): GoalRole | null {
  if (goal.member_id === actor.userId) return 'member';
  if (goal.visibility === 'shared' && activeSupporters.includes(actor.userId)) return 'supporter';
  return null;
}

export type GoalAction = 'edit_goal' | 'add_step' | 'change_step' | 'delete_step' | 'add_update';

/** A step as the policy needs it: whether it still waits for an answer, and who suggested it. */
interface StepFacts {
  status: string;
  suggested_by: string | null;
}

/**
 * Members do everything with their own goals. Supporters suggest steps and add progress updates, and may
 * withdraw a suggestion of theirs while it still waits; taking it on, editing and ticking off are the member's.
 */
export function can(actor: Actor, role: GoalRole, action: GoalAction, step?: StepFacts): boolean {
  if (role === 'member') return true;
  switch (action) {
    case 'add_step':
    case 'add_update':
      return true;
    case 'delete_step':
      return step !== undefined && step.status === 'suggested' && step.suggested_by === actor.userId;
    default:
      return false;
  }
}

/** Steps and updates are added to goals being worked on; history is read-only until the member reopens it. */
export function acceptsWork(goal: Pick<GoalRow, 'status'>): boolean {
  return goal.status === 'active';
}

/**
 * Shared goals on a relationship's page: the member always sees their own; the supporter, and the
 * supervisor assigned to them, only while the relationship is active.
 */
export function seesSharedGoals(view: RelationshipView): boolean {
  return view.role === 'member' || view.relationship.status === 'active';
}
