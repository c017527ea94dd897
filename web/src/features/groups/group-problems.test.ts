import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { ApiError } from '../../lib/http.js';
import { GROUP_PROBLEM_CODES, groupProblemCode, groupProblemText, placeSuggestions } from './group-problems.js';

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new ApiError({ type: 'about:blank', title: 'x', status, code, ...extra }, null, { type: 'about:blank', title: 'x', status, code, ...extra });

describe('group problems', () => {
  beforeAll(async () => {
    await i18n.init({ resources: { en: { translation: en }, es: { translation: es } }, lng: 'en', interpolation: { escapeValue: false } });
  });

  it('has English and Spanish words for every problem code of groups', () => {
    for (const code of GROUP_PROBLEM_CODES) {
      expect(en.groups.problems[code], code).toBeTruthy();
      expect(es.groups.problems[code], code).toBeTruthy();
      expect(es.groups.problems[code]).not.toBe(en.groups.problems[code]);
    }
  });

  it('names the waitlist-free cases in the feature’s own words, then the app’s usual ones', () => {
    const t = i18n.getFixedT('en');
    expect(groupProblemText(t, problem(409, 'agreement_changed'))).toBe(en.groups.problems.agreement_changed);
    expect(groupProblemText(t, problem(404, 'not_found'))).toBe(en.groups.problems.gone);
    expect(groupProblemText(t, problem(429, 'rate_limited'))).toBe(en.errors.rate_limited);
    expect(groupProblemText(t, new Error('boom'))).toBe(en.errors.generic);
  });

  it('finds a group code carried by a field (a moved meeting the clocks skip)', () => {
    const error = problem(400, 'validation_failed', { errors: [{ field: 'startsLocal', code: 'local_time_skipped', message: 'skip' }] });
    expect(groupProblemCode(error)).toBe('local_time_skipped');
  });

  it('reads place suggestions from an unknown-place answer, and none from anything else', () => {
    const unknown = problem(400, 'place_unknown', {
      errors: [{ field: 'near', code: 'place_unknown', message: 'no' }],
      suggestions: [{ name: 'Madrid', country: 'ES', countryName: 'Spain', kind: 'city', label: 'Madrid, Spain' }],
    });
    expect(placeSuggestions(unknown)).toEqual([{ label: 'Madrid, Spain' }]);
    expect(placeSuggestions(problem(409, 'group_archived'))).toEqual([]);
    expect(placeSuggestions(new Error('x'))).toEqual([]);
  });
});
