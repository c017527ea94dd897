import type { TFunction } from 'i18next';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { HANDLE_MAX, HANDLE_MIN, PASSWORD_MAX, PASSWORD_MIN } from '../../../shared/contracts/accounts.js';
import en from '../locales/en.js';
import { ApiError } from './http.js';

type FieldCode = Exclude<keyof typeof en.fieldErrors, 'hint'>;
type ProblemCode =
  | 'network_error'
  | 'invalid_credentials'
  | 'rate_limited'
  | 'csrf_invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'validation_failed'
  | 'not_a_supporter'
  | 'training_incomplete'
  | 'application_pending'
  | 'already_supporter'
  | 'application_decided'
  | 'consent_required'
  | 'topic_exists'
  | 'request_open'
  | 'request_closed'
  | 'offer_pending'
  | 'supporter_unavailable'
  | 'offer_expired'
  | 'offer_not_pending'
  | 'at_capacity'
  | 'relationship_ended'
  | 'no_proposal';

const PROBLEM_CODES: readonly ProblemCode[] = [
  'network_error',
  'invalid_credentials',
  'rate_limited',
  'csrf_invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'validation_failed',
  'not_a_supporter',
  'training_incomplete',
  'application_pending',
  'already_supporter',
  'application_decided',
  'consent_required',
  'topic_exists',
  'request_open',
  'request_closed',
  'offer_pending',
  'supporter_unavailable',
  'offer_expired',
  'offer_not_pending',
  'at_capacity',
  'relationship_ended',
  'no_proposal',
];

const LIMITS = { handleMin: HANDLE_MIN, handleMax: HANDLE_MAX, passwordMin: PASSWORD_MIN, passwordMax: PASSWORD_MAX };

function isFieldCode(code: string): code is FieldCode {
  return code !== 'hint' && Object.hasOwn(en.fieldErrors, code);
}

function isProblemCode(code: string | undefined): code is ProblemCode {
  return PROBLEM_CODES.some((known) => known === code);
}

export interface FieldErrorText {
  text: string;
  /** The password strength checker's advice, which the server only gives in English. */
  englishHint: string | null;
}

/** What to show under a field for an error code from the server or the shared schemas. */
export function fieldErrorText(t: TFunction, error: FieldError): FieldErrorText {
  const text = isFieldCode(error.code) ? t(`fieldErrors.${error.code}`, LIMITS) : t('fieldErrors.invalid');
  const englishHint = error.code === 'password_weak' && error.message !== error.code ? error.message : null;
  return { text, englishHint };
}

/** A whole-form message for a failed request. */
export function problemText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.code === 'too_many_attempts') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t('errors.too_many_attempts', { count: minutes });
  }
  if (isProblemCode(error.code)) return t(`errors.${error.code}`);
  if (error.status === 429) return t('errors.rate_limited');
  if (error.status >= 500) return t('errors.server');
  return t('errors.generic');
}
