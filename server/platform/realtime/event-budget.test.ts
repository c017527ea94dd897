import { describe, expect, it } from 'vitest';
import { EventBudget } from './event-budget.js';

describe('event budget', () => {
  it('allows a number of events per window and refills when the window passes', () => {
    let now = 1_000;
    const budget = new EventBudget(3, 10_000, () => now);
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([true, true, true, false]);
    now += 9_999;
    expect(budget.take()).toBe(false);
    now += 1;
    expect(budget.take()).toBe(true);
  });
});
