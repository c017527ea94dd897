/**
 * Moves focus once React has drawn the change a finished action brought: the list refetches first, so the
 * element may only now appear in its new place. Waits frame by frame (up to about two seconds) until the
 * element exists and is ready, e.g. a goal's heading inside the section the goal has just moved to.
 * A private support card that has taken focus keeps it: the person is reading it.
 */
export function focusSoon(id: string, ready: (element: HTMLElement) => boolean = () => true): void {
  let frames = 0;
  const attempt = () => {
    if (document.activeElement?.closest('.support-card')) return;
    const element = document.getElementById(id);
    if (element && ready(element)) {
      element.focus();
      return;
    }
    frames += 1;
    if (frames < 120) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Whether a goal's element sits in a card showing the goal with this status (so it has moved, if it had to). */
export const inGoalWithStatus = (status: string) => (element: HTMLElement) =>
  element.closest<HTMLElement>('[data-goal-status]')?.dataset.goalStatus === status;

/** Element ids the goal components point focus at; goal and step ids are uuids, safe in an id. */
export const goalIds = {
  heading: (goalId: string) => `goal-${goalId}-heading`,
  stepsHeading: (goalId: string) => `goal-${goalId}-steps`,
  step: (goalId: string, stepId: string) => `goal-${goalId}-step-${stepId}`,
  editButton: (goalId: string) => `goal-${goalId}-edit`,
};
