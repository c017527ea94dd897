import { describe, expect, it } from 'vitest';
import { countArrivals } from './queue-arrivals.js';

describe('queue arrivals', () => {
  it('announces nothing when a list is first shown', () => {
    expect(countArrivals(null, ['a', 'b'])).toBe(0);
  });

  it('counts only items that were not there before, not the ones that left', () => {
    expect(countArrivals(new Set(['a', 'b']), ['b', 'c', 'd'])).toBe(2);
    expect(countArrivals(new Set(['a', 'b']), ['a'])).toBe(0);
    expect(countArrivals(new Set(), [])).toBe(0);
  });
});
