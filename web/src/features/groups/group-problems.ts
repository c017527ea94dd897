import type { TFunction } from 'i18next';
import { unknownPlaceProblem } from '../../../../shared/contracts/groups-finder.js';
import { problemText } from '../../lib/error-text.js';
import { ApiError } from '../../lib/http.js';

/** Problems the groups API answers with that need their own words. */
export const GROUP_PROBLEM_CODES = [
  'agreement_changed',
  'removed_from_group',
  'invitation_needed',
  'group_archived',
  'capacity_below_members',
  'local_time_skipped',
  'in_past',
  'too_far',
  'meeting_started',
  'meeting_not_started',
  'meeting_cancelled',
  'not_a_member',
  'muted',
  'facilitator_not_trained',
  'suspended',
  'staff_only',
] as const;
export type GroupProblemCode = (typeof GROUP_PROBLEM_CODES)[number];

export function isGroupProblem(code: string | undefined): code is GroupProblemCode {
  return GROUP_PROBLEM_CODES.some((known) => known === code);
}

/** The problem's code, or when the problem is about one field, that field's code (a moved meeting's skipped time). */
export function groupProblemCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (isGroupProblem(error.code)) return error.code;
  const fieldCode = error.problem.errors?.find((field) => isGroupProblem(field.code))?.code;
  return fieldCode ?? error.code;
}

/** A failed group action in words: the cases of this feature, then the app's usual messages. */
export function groupProblemText(t: TFunction, error: unknown): string {
  const code = groupProblemCode(error);
  if (isGroupProblem(code)) return t(`groups.problems.${code}`);
  if (error instanceof ApiError && error.status === 404) return t('groups.problems.gone');
  return problemText(t, error);
}

export interface PlaceSuggestion {
  label: string;
}

/** The places the finder offers when it does not know the one typed (empty for any other failure). */
export function placeSuggestions(error: unknown): PlaceSuggestion[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const parsed = unknownPlaceProblem.partial({ suggestions: true }).safeParse(error.body);
  return parsed.success ? (parsed.data.suggestions ?? []).map(({ label }) => ({ label })) : [];
}
