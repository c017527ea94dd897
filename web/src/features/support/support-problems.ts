import type { TFunction } from 'i18next';
import { problemText } from '../../lib/error-text.js';
import type { FieldErrors } from '../../lib/field-errors.js';
import { ApiError } from '../../lib/http.js';

/** Problems the one-to-one support API answers with that need their own words. */
export const SUPPORT_PROBLEM_CODES = [
  'own_proposal',
  'plan_answered',
  'check_in_closed',
  'check_in_started',
  'check_in_not_started',
  'check_in_cancelled',
  'check_in_changed',
  'check_in_not_happened',
  'feedback_given',
  'relationship_active',
  'relationship_ended',
  'closing_note_written',
] as const;
type SupportProblemCode = (typeof SUPPORT_PROBLEM_CODES)[number];

function isSupportProblem(code: string | undefined): code is SupportProblemCode {
  return SUPPORT_PROBLEM_CODES.some((known) => known === code);
}

/** A failed one-to-one support action in words: the cases of this feature, then the app's usual messages. */
export function supportProblemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && isSupportProblem(error.code)) return t(`support.problems.${error.code}`);
  if (error instanceof ApiError && error.status === 404) return t('support.problems.gone');
  return problemText(t, error);
}

/**
 * The supervision form's field codes that mean something else elsewhere ("only supervisors can be on
 * call"): renamed to this form's own words before they are shown.
 */
export function supervisionFieldErrors(fields: FieldErrors): FieldErrors {
  const renamed: Record<string, string> = { not_a_supporter: 'supervision_not_a_supporter', not_a_supervisor: 'supervision_not_a_supervisor' };
  return Object.fromEntries(Object.entries(fields).map(([name, error]) => [name, error && renamed[error.code] ? { ...error, code: renamed[error.code]! } : error]));
}
