/**
 * Moves focus once React has drawn the change that a finished action brought (the list refetches first,
 * so the element may only now exist in its new place).
 */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(id)?.focus()));
}

/** Element ids the goal components point focus at; goal and step ids are uuids, safe in an id. */
export const goalIds = {
  heading: (goalId: string) => `goal-${goalId}-heading`,
  stepsHeading: (goalId: string) => `goal-${goalId}-steps`,
  step: (goalId: string, stepId: string) => `goal-${goalId}-step-${stepId}`,
  editButton: (goalId: string) => `goal-${goalId}-edit`,
};
