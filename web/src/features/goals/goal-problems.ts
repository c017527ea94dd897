import type { TFunction } from 'i18next';
import { problemText } from '../../lib/error-text.js';
import { ApiError } from '../../lib/http.js';

/** A failed goal action in words: the goal-specific cases, then the app's usual messages. */
export function goalProblemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.code === 'goal_closed') return t('goals.errors.goalClosed');
  if (error instanceof ApiError && error.status === 404) return t('goals.errors.gone');
  return problemText(t, error);
}
