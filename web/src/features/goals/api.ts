import {
  type AddGoalUpdateInput,
  type AddStepInput,
  type CreateGoalValues,
  goalChangeDto,
  type GoalChangeDto,
  goalListDto,
  type GoalListDto,
  relationshipGoalsDto,
  type RelationshipGoalsDto,
  type UpdateGoalInput,
  type UpdateStepInput,
} from '../../../../shared/contracts/goals.js';
import { getJson, send, sendJson } from '../../lib/http.js';

const goalPath = (goalId: string) => `/api/goals/${encodeURIComponent(goalId)}`;
const stepPath = (goalId: string, stepId: string) => `${goalPath(goalId)}/steps/${encodeURIComponent(stepId)}`;

export function fetchMyGoals(): Promise<GoalListDto> {
  return getJson('/api/me/goals', goalListDto);
}

export function createGoal(values: CreateGoalValues): Promise<GoalChangeDto> {
  return sendJson('POST', '/api/me/goals', goalChangeDto, values);
}

export function updateGoal({ goalId, changes }: { goalId: string; changes: UpdateGoalInput }): Promise<GoalChangeDto> {
  return sendJson('PATCH', `/api/me/goals/${encodeURIComponent(goalId)}`, goalChangeDto, changes);
}

export function fetchRelationshipGoals(relationshipId: string): Promise<RelationshipGoalsDto> {
  return getJson(`/api/relationships/${encodeURIComponent(relationshipId)}/goals`, relationshipGoalsDto);
}

export function addStep({ goalId, step }: { goalId: string; step: AddStepInput }): Promise<GoalChangeDto> {
  return sendJson('POST', `${goalPath(goalId)}/steps`, goalChangeDto, step);
}

export function updateStep({ goalId, stepId, changes }: { goalId: string; stepId: string; changes: UpdateStepInput }): Promise<GoalChangeDto> {
  return sendJson('PATCH', stepPath(goalId, stepId), goalChangeDto, changes);
}

export function deleteStep({ goalId, stepId }: { goalId: string; stepId: string }): Promise<void> {
  return send('DELETE', stepPath(goalId, stepId));
}

export function addGoalUpdate({ goalId, update }: { goalId: string; update: AddGoalUpdateInput }): Promise<GoalChangeDto> {
  return sendJson('POST', `${goalPath(goalId)}/updates`, goalChangeDto, update);
}
