import type { TFunction } from 'i18next';
import { problemText } from '../../lib/error-text.js';
import { ApiError } from '../../lib/http.js';

/** Safety answers the app-wide error texts do not know yet. */
const SAFETY_CODES = ['alert_moved_on'] as const;
type SafetyCode = (typeof SAFETY_CODES)[number];

function isSafetyCode(code: string | undefined): code is SafetyCode {
  return SAFETY_CODES.some((known) => known === code);
}

export function safetyProblemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && isSafetyCode(error.code)) return t(`safetyErrors.${error.code}`);
  return problemText(t, error);
}
