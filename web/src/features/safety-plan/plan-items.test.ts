import { describe, expect, it } from 'vitest';
import { SAFETY_PLAN_ITEMS_MAX } from '../../../../shared/contracts/safety-plan.js';
import { crisisLineItem, isEmptyPlan, withCrisisLines } from './plan-items.js';

const lifeline = { name: 'Example Lifeline', phone: '988', url: 'https://example.org' };
const website = { name: 'Find a helpline', phone: null, url: 'https://findahelpline.com' };

describe('crisis lines in step 5', () => {
  it('reads as the line’s name and its number, or its address when it has no number', () => {
    expect(crisisLineItem(lifeline)).toBe('Example Lifeline: 988');
    expect(crisisLineItem(website)).toBe('Find a helpline: https://findahelpline.com');
  });

  it('adds only the lines the member does not have yet, after their own entries', () => {
    expect(withCrisisLines(['My counsellor, Tuesdays', 'Example Lifeline: 988'], [lifeline, website])).toEqual([
      'My counsellor, Tuesdays',
      'Example Lifeline: 988',
      'Find a helpline: https://findahelpline.com',
    ]);
  });

  it('stops at the list’s limit', () => {
    const full = Array.from({ length: SAFETY_PLAN_ITEMS_MAX - 1 }, (_, index) => `Contact ${index}`);
    expect(withCrisisLines(full, [lifeline, website])).toHaveLength(SAFETY_PLAN_ITEMS_MAX);
  });
});

describe('isEmptyPlan', () => {
  it('is true only when every step is empty', () => {
    const empty = { warningSigns: [], copingOnMyOwn: [], distractions: [], peopleToAsk: [], professionals: [], saferSurroundings: [], reasonsForLiving: [] };
    expect(isEmptyPlan(empty)).toBe(true);
    expect(isEmptyPlan({ ...empty, reasonsForLiving: ['My niece'] })).toBe(false);
  });
});
