import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { ApiError } from '../../lib/http.js';
import { SUPPORT_PROBLEM_CODES, supervisionFieldErrors, supportProblemText } from './support-problems.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, interpolation: { escapeValue: false }, showSupportNotice: false });
const t = i18n.getFixedT('en');

/** Field codes the support API answers with, and the ones its forms check before sending. */
const FIELD_CODES = [
  'rule_invalid', 'rule_too_frequent', 'rule_never_occurs', 'in_past', 'local_time_skipped', 'local_time_invalid', 'time_zone_unknown',
  'member_only', 'not_for_missed', 'slot_taken', 'not_in_relationship', 'self_supervision', 'required', 'too_long',
  'rule_required', 'datetime_invalid', 'duration_range', 'meeting_mode_required', 'happened_required', 'mood_for_words', 'answer_required',
  'supporter_required', 'supervisor_required', 'supervision_not_a_supporter', 'supervision_not_a_supervisor',
] as const;

describe('support problems in words', () => {
  it('has words in both languages for every problem and field code of one-to-one support', () => {
    for (const code of SUPPORT_PROBLEM_CODES) {
      expect(en.support.problems).toHaveProperty(code);
      expect(es.support.problems).toHaveProperty(code);
    }
    for (const code of FIELD_CODES) {
      expect(en.fieldErrors).toHaveProperty(code);
      expect(es.fieldErrors).toHaveProperty(code);
    }
  });

  it('says what went wrong for this feature, and falls back to the app’s words', () => {
    const problem = (status: number, code?: string) => new ApiError({ type: 'about:blank', title: 'x', status, code });
    expect(supportProblemText(t, problem(409, 'feedback_given'))).toBe('You have already given feedback on this check-in. Thank you.');
    expect(supportProblemText(t, problem(404, 'not_found'))).toBe('This is no longer there. The page has been refreshed.');
    expect(supportProblemText(t, problem(503))).toBe(en.errors.server);
  });

  it('gives the supervision form its own words for role problems that mean something else elsewhere', () => {
    const renamed = supervisionFieldErrors({
      supporterId: { field: 'supporterId', code: 'not_a_supporter', message: '' },
      supervisorId: { field: 'supervisorId', code: 'self_supervision', message: '' },
    });
    expect(renamed.supporterId?.code).toBe('supervision_not_a_supporter');
    expect(renamed.supervisorId?.code).toBe('self_supervision');
  });
});
