import { z } from 'zod';
import { supportCardDto } from './safety.js';

/** Short enough to read at a glance in a list; the "why" and steps carry the detail. */
export const GOAL_TITLE_MAX = 120;
export const GOAL_WHY_MAX = 1000;
export const GOAL_STEP_MAX = 200;
/** Steps on one goal, the member's own and suggestions together: small steps, not a project plan. */
export const GOAL_STEPS_MAX = 30;
export const GOAL_UPDATE_MAX = 2000;

export const goalVisibilities = ['private', 'shared'] as const;
export type GoalVisibility = (typeof goalVisibilities)[number];
/** Completed and set-aside goals stay in the member's history; either can be made active again. */
export const goalStatuses = ['active', 'completed', 'set_aside'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
/** A supporter's suggestion waits as 'suggested' until the member takes it on ('open'). */
export const stepStatuses = ['suggested', 'open', 'done'] as const;
export type StepStatus = (typeof stepStatuses)[number];

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date that exists (no 31 April), written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 2000 && year <= 2200;
}

const title = z.string().trim().min(1, { error: 'required' }).max(GOAL_TITLE_MAX, { error: 'too_long' });
const why = z.string().trim().max(GOAL_WHY_MAX, { error: 'too_long' });
const stepText = z.string().trim().min(1, { error: 'required' }).max(GOAL_STEP_MAX, { error: 'too_long' });
/** Whether a date is already over is judged on the server, against its clock: see goals.service. */
const targetDate = z.string().refine(isCalendarDate, { error: 'date_invalid' }).nullable();

export const createGoalInput = z.object({
  title,
  why: why.default(''),
  steps: z.array(stepText).max(GOAL_STEPS_MAX, { error: 'too_many' }).default([]),
  targetDate: targetDate.default(null),
  visibility: z.enum(goalVisibilities).default('private'),
});
export type CreateGoalInput = z.output<typeof createGoalInput>;
export type CreateGoalValues = z.input<typeof createGoalInput>;

/** Only the fields sent change. A status other than 'active' closes the goal into history. */
export const updateGoalInput = z.object({
  title: title.optional(),
  why: why.optional(),
  targetDate: targetDate.optional(),
  visibility: z.enum(goalVisibilities).optional(),
  status: z.enum(goalStatuses).optional(),
});
export type UpdateGoalInput = z.output<typeof updateGoalInput>;

export const addStepInput = z.object({ text: stepText });
export type AddStepInput = z.output<typeof addStepInput>;

/** The member edits a step's words, takes on a suggestion ('open'), or marks it done and undone. */
export const updateStepInput = z.object({
  text: stepText.optional(),
  status: z.enum(['open', 'done']).optional(),
});
export type UpdateStepInput = z.output<typeof updateStepInput>;

export const addGoalUpdateInput = z.object({
  note: z.string().trim().min(1, { error: 'required' }).max(GOAL_UPDATE_MAX, { error: 'too_long' }),
});
export type AddGoalUpdateInput = z.output<typeof addGoalUpdateInput>;

/** Who wrote something on a goal, as the people who can see the goal know them. */
const personDto = z.object({ id: z.string(), handle: z.string() });
/** Whether the member wrote it or one of their supporters; null once the writer's account is gone. */
const writerRole = z.enum(['member', 'supporter']).nullable();

export const goalStepDto = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(stepStatuses),
  /** Who first wrote the step: the member, or the supporter who suggested it. */
  suggestedBy: personDto.nullable(),
  suggestedByRole: writerRole,
  createdAt: z.string(),
  doneAt: z.string().nullable(),
});
export type GoalStepDto = z.infer<typeof goalStepDto>;

export const goalUpdateDto = z.object({
  id: z.string(),
  note: z.string(),
  author: personDto.nullable(),
  authorRole: writerRole,
  createdAt: z.string(),
});
export type GoalUpdateDto = z.infer<typeof goalUpdateDto>;

export const goalDto = z.object({
  id: z.string(),
  memberId: z.string(),
  title: z.string(),
  why: z.string(),
  targetDate: z.string().nullable(),
  visibility: z.enum(goalVisibilities),
  status: z.enum(goalStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the goal was completed or set aside; null while it is active. */
  closedAt: z.string().nullable(),
  /** In the member's order; suggestions waiting for an answer are included. */
  steps: z.array(goalStepDto),
  /** Oldest first. */
  updates: z.array(goalUpdateDto),
});
export type GoalDto = z.infer<typeof goalDto>;

/** Active goals first (newest first), then history (most recently closed first). */
export const goalListDto = z.object({ goals: z.array(goalDto) });
export type GoalListDto = z.infer<typeof goalListDto>;

export const relationshipGoalsDto = z.object({
  relationship: z.object({
    id: z.string(),
    status: z.string(),
    memberHandle: z.string(),
    supporterHandle: z.string(),
    myRole: z.enum(['member', 'supporter', 'supervisor']),
  }),
  /** The member's shared goals. For the supporter and supervisor, only while the relationship is active. */
  goals: z.array(goalDto),
});
export type RelationshipGoalsDto = z.infer<typeof relationshipGoalsDto>;

/**
 * The goal after a change, and the private support card when the member's own words suggest they may be
 * struggling (null otherwise, and always null for words a supporter wrote).
 */
export const goalChangeDto = z.object({ goal: goalDto, supportCard: supportCardDto.nullable() });
export type GoalChangeDto = z.infer<typeof goalChangeDto>;
