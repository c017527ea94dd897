import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { ApiError } from '../../lib/http.js';
import { chatProblemText, closingReason } from './chat-problems.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, showSupportNotice: false });

const apiError = (status: number, code?: string) => new ApiError({ type: 'about:blank', title: 'x', status, code });

describe('closingReason', () => {
  it('stops the composer when the conversation is no longer the viewer’s or the agreement changed', () => {
    expect(closingReason(apiError(404, 'not_found'))).toBe('gone');
    expect(closingReason(apiError(403, 'removed_from_room'))).toBe('gone');
    expect(closingReason(apiError(409, 'agreement_changed'))).toBe('agreement_changed');
    expect(closingReason(apiError(409, 'room_archived'))).toBe('room_archived');
    expect(closingReason(apiError(0, 'network_error'))).toBeNull();
    expect(closingReason(apiError(422, 'validation_failed'))).toBeNull();
  });
});

describe('chatProblemText', () => {
  it('explains room answers and falls back to the app-wide texts', () => {
    expect(chatProblemText(i18n.getFixedT('en'), apiError(409, 'room_full'))).toBe(en.chatErrors.room_full);
    expect(chatProblemText(i18n.getFixedT('es'), apiError(409, 'agreement_changed'))).toBe(es.chatErrors.agreement_changed);
    expect(chatProblemText(i18n.getFixedT('en'), apiError(0, 'network_error'))).toBe(en.errors.network_error);
    const untrained = new ApiError({
      type: 'about:blank',
      title: 'x',
      status: 422,
      code: 'validation_failed',
      errors: [{ field: 'userId', code: 'moderator_not_trained', message: 'Moderators must be supporters, supervisors or admins.' }],
    });
    expect(chatProblemText(i18n.getFixedT('en'), untrained)).toBe(en.fieldErrors.moderator_not_trained);
  });
});
