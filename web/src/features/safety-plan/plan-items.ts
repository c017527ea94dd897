import type { CrisisLineDto } from '../../../../shared/contracts/crisis-lines.js';
import { SAFETY_PLAN_ITEM_MAX, SAFETY_PLAN_ITEMS_MAX, type SafetyPlanContent, type SafetyPlanDto } from '../../../../shared/contracts/safety-plan.js';

/** The lists of a saved plan, without when it was saved: what the editor changes and sends back. */
export function planLists({ updatedAt: _updatedAt, ...lists }: SafetyPlanDto): SafetyPlanContent {
  return lists;
}

/** How a crisis line reads as one line of step 5: its name and how to reach it. */
export function crisisLineItem(line: Pick<CrisisLineDto, 'name' | 'phone' | 'url'>): string {
  const reach = line.phone ?? line.url;
  return (reach ? `${line.name}: ${reach}` : line.name).slice(0, SAFETY_PLAN_ITEM_MAX);
}

/** Adds the program's crisis lines the member does not have yet, in the program's order, up to the list's limit. */
export function withCrisisLines(items: readonly string[], lines: ReadonlyArray<Pick<CrisisLineDto, 'name' | 'phone' | 'url'>>): string[] {
  const added = lines.map(crisisLineItem).filter((item) => !items.includes(item));
  return [...items, ...new Set(added)].slice(0, SAFETY_PLAN_ITEMS_MAX);
}

export function isEmptyPlan(plan: SafetyPlanContent): boolean {
  return Object.values(plan).every((items) => items.length === 0);
}
