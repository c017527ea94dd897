import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.js';
import es from '../locales/es.js';
import { fieldErrorText, problemText } from './error-text.js';
import { ApiError } from './http.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { translation: en }, es: { translation: es } },
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
const t = i18n.t;
const tEs = i18n.getFixedT('es');

function apiError(status: number, code?: string, retryAfterSeconds: number | null = null): ApiError {
  return new ApiError({ type: 'about:blank', title: 'x', status, code }, retryAfterSeconds);
}

describe('problemText', () => {
  it('says how many minutes to wait after too many attempts', () => {
    expect(problemText(t, apiError(429, 'too_many_attempts', 900))).toContain('try again in 15 minutes');
    expect(problemText(t, apiError(429, 'too_many_attempts', 30))).toContain('try again in 1 minute.');
    expect(problemText(tEs, apiError(429, 'too_many_attempts', 61))).toContain('dentro de 2 minutos');
  });

  it('explains known codes and falls back by status', () => {
    expect(problemText(t, apiError(401, 'invalid_credentials'))).toBe(en.errors.invalid_credentials);
    expect(problemText(t, apiError(503))).toBe(en.errors.server);
    expect(problemText(t, new Error('boom'))).toBe(en.errors.generic);
  });
});

describe('fieldErrorText', () => {
  it('translates the code and passes on the strength checker’s English hint', () => {
    const weak = fieldErrorText(tEs, { field: 'password', code: 'password_weak', message: 'Add another word or two.' });
    expect(weak).toEqual({ text: es.fieldErrors.password_weak, englishHint: 'Add another word or two.' });
  });

  it('fills in the limits from the shared rules', () => {
    expect(fieldErrorText(t, { field: 'handle', code: 'handle_too_short', message: '' }).text).toBe(
      'Use at least 3 characters.',
    );
  });

  it('uses a gentle default for codes it does not know', () => {
    expect(fieldErrorText(t, { field: 'x', code: 'something_new', message: 'Server words' })).toEqual({
      text: en.fieldErrors.invalid,
      englishHint: null,
    });
  });
});

describe('profile and privacy codes', () => {
  it('explains nested field errors and new conflicts in both languages', () => {
    const field = { field: 'availability.2.end', code: 'window_end_before_start', message: '' };
    expect(fieldErrorText(t, field).text).toBe(en.fieldErrors.window_end_before_start);
    expect(fieldErrorText(tEs, field).text).toBe(es.fieldErrors.window_end_before_start);
    expect(problemText(t, apiError(409, 'training_incomplete'))).toBe(en.errors.training_incomplete);
    expect(problemText(tEs, apiError(409, 'consent_required'))).toBe(es.errors.consent_required);
  });
});
