import type { TFunction } from 'i18next';
import { fieldErrorText, problemText } from '../../lib/error-text.js';
import { fieldErrorsFromProblem } from '../../lib/field-errors.js';
import { ApiError } from '../../lib/http.js';

/** Why the composer stops: the conversation is no longer mine, or a room's agreement must be accepted again. */
export type ClosingReason = 'gone' | 'agreement_changed' | 'room_archived';

/** Conversation and room answers the app-wide error texts do not know yet. */
const CHAT_CODES = [
  'room_full',
  'room_archived',
  'agreement_changed',
  'removed_from_room',
  'cannot_remove_moderator',
  'message_not_editable',
  'message_not_hideable',
  'message_not_held',
  'invitation_answered',
  'suspended',
] as const;
type ChatCode = (typeof CHAT_CODES)[number];

function isChatCode(code: string | undefined): code is ChatCode {
  return CHAT_CODES.some((known) => known === code);
}

export function closingReason(error: unknown): ClosingReason | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'agreement_changed' || error.code === 'room_archived') return error.code;
  // A suspension stops writing, not reading: the conversation is still theirs, and the reason is shown with the message.
  if (error.code === 'suspended') return null;
  // 404 keeps a conversation's existence hidden from people outside it, which is what the viewer now is.
  if (error.status === 404 || error.status === 403) return 'gone';
  return null;
}

/** A message for a failed conversation or room request; a field error (e.g. on a picked person) is named. */
export function chatProblemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && isChatCode(error.code)) return t(`chatErrors.${error.code}`);
  const [fieldError] = Object.values(fieldErrorsFromProblem(error));
  if (fieldError) return fieldErrorText(t, fieldError).text;
  return problemText(t, error);
}
