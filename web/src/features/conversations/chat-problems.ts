import type { TFunction } from 'i18next';
import { problemText } from '../../lib/error-text.js';
import { ApiError } from '../../lib/http.js';

/** Why the composer stops: the conversation is no longer mine, or a room's agreement must be accepted again. */
export type ClosingReason = 'gone' | 'agreement_changed';

/** Conversation and room answers the app-wide error texts do not know yet. */
const CHAT_CODES = ['room_full', 'agreement_changed', 'removed_from_room'] as const;
type ChatCode = (typeof CHAT_CODES)[number];

function isChatCode(code: string | undefined): code is ChatCode {
  return CHAT_CODES.some((known) => known === code);
}

export function closingReason(error: unknown): ClosingReason | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'agreement_changed') return 'agreement_changed';
  // 404 keeps a conversation's existence hidden from people outside it, which is what the viewer now is.
  if (error.status === 404 || error.status === 403) return 'gone';
  return null;
}

/** A message for a failed conversation or room request. */
export function chatProblemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && isChatCode(error.code)) return t(`chatErrors.${error.code}`);
  return problemText(t, error);
}
