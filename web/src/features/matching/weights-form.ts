import type { MatchingWeights } from '../../../../shared/contracts/matching.js';

export type WeightName = keyof MatchingWeights;

/** The weights in the order the form shows them; the last one is a time limit, not points. */
export const WEIGHT_NAMES = [
  'sharedTopic',
  'primaryTopic',
  'community',
  'availabilityHour',
  'interest',
  'spareCapacity',
  'waitingDay',
  'offerHours',
] as const satisfies readonly WeightName[];

/** Each weight as typed in its number input. */
export type WeightsFormState = Record<WeightName, string>;

export function weightsToForm(weights: MatchingWeights): WeightsFormState {
  return Object.fromEntries(WEIGHT_NAMES.map((name) => [name, String(weights[name])])) as WeightsFormState;
}

/** The PUT body; an empty or non-numeric entry becomes NaN so the shared schema names that field. */
export function formToWeights(form: WeightsFormState): MatchingWeights {
  return Object.fromEntries(
    WEIGHT_NAMES.map((name) => [name, form[name].trim() === '' ? Number.NaN : Number(form[name])]),
  ) as MatchingWeights;
}
