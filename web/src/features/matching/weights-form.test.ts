import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_WEIGHTS, matchingWeightsSchema, type MatchingWeights } from '../../../../shared/contracts/matching.js';
import { fieldErrorsFromZod } from '../../lib/field-errors.js';
import { formToWeights, WEIGHT_NAMES, weightsToForm } from './weights-form.js';

const weights: MatchingWeights = DEFAULT_MATCHING_WEIGHTS;

describe('matching weights form', () => {
  it('covers every weight the server has', () => {
    expect([...WEIGHT_NAMES].sort()).toEqual(Object.keys(matchingWeightsSchema.shape).sort());
  });

  it('round-trips the weights', () => {
    expect(formToWeights(weightsToForm(weights))).toEqual(weights);
  });

  it('lets the shared schema name empty, out-of-range and fractional-hour entries', () => {
    const form = { ...weightsToForm(weights), sharedTopic: '', community: '101', offerHours: '1.5' };
    const parsed = matchingWeightsSchema.safeParse(formToWeights(form));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const errors = fieldErrorsFromZod(parsed.error);
    expect(errors.sharedTopic?.code).toBe('invalid_type');
    expect(errors.community?.code).toBe('too_big');
    expect(errors.offerHours).toBeDefined();
    expect(errors.interest).toBeUndefined();
  });
});
