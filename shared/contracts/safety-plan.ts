import { z } from 'zod';

/** Each entry is a short line the member writes, so the plan stays readable at a glance and in print. */
export const SAFETY_PLAN_ITEM_MAX = 200;
export const SAFETY_PLAN_ITEMS_MAX = 20;

/** The six steps of the plan, in order, then reasons for living. The order is the order people read them in. */
export const SAFETY_PLAN_SECTIONS = [
  'warningSigns',
  'copingOnMyOwn',
  'distractions',
  'peopleToAsk',
  'professionals',
  'saferSurroundings',
  'reasonsForLiving',
] as const;
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

const item = z.string().trim().min(1, { error: 'required' }).max(SAFETY_PLAN_ITEM_MAX, { error: 'too_long' });
const list = z.array(item).max(SAFETY_PLAN_ITEMS_MAX, { error: 'too_many' }).default([]);

/** What the member writes; also how the plan is stored, so it is checked again when read back. */
export const safetyPlanContent = z.object({
  warningSigns: list,
  copingOnMyOwn: list,
  distractions: list,
  peopleToAsk: list,
  professionals: list,
  saferSurroundings: list,
  reasonsForLiving: list,
});
export type SafetyPlanContent = z.output<typeof safetyPlanContent>;
export type SafetyPlanInput = z.input<typeof safetyPlanContent>;

export const safetyPlanDto = safetyPlanContent.extend({
  /** Null until the member first saves. */
  updatedAt: z.string().nullable(),
});
export type SafetyPlanDto = z.infer<typeof safetyPlanDto>;

export const safetyPlanShareDto = z.object({ supporterId: z.string(), handle: z.string(), grantedAt: z.string() });
export type SafetyPlanShareDto = z.infer<typeof safetyPlanShareDto>;

export const mySafetyPlanDto = z.object({ plan: safetyPlanDto, shares: z.array(safetyPlanShareDto) });
export type MySafetyPlanDto = z.infer<typeof mySafetyPlanDto>;

export const shareSafetyPlanInput = z.object({ supporterId: z.string().min(1, { error: 'required' }).max(64) });

export const sharedSafetyPlanDto = z.object({ memberId: z.string(), handle: z.string(), plan: safetyPlanDto });
export type SharedSafetyPlanDto = z.infer<typeof sharedSafetyPlanDto>;

export const sharedWithMeDto = z.object({ memberId: z.string(), handle: z.string(), grantedAt: z.string() });
export type SharedWithMeDto = z.infer<typeof sharedWithMeDto>;
