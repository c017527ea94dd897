import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { CheckInPlanDto } from '../../../../shared/contracts/support.js';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { describePlan, describeRhythm, normaliseRule, presetForRule, ruleForPreset } from './plan-rule.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, interpolation: { escapeValue: false }, showSupportNotice: false });
const t = i18n.getFixedT('en');
const tEs = i18n.getFixedT('es');

const plan = (overrides: Partial<CheckInPlanDto> = {}) => ({
  rule: 'FREQ=WEEKLY;INTERVAL=2', startsLocal: '2026-10-13T18:00', timeZone: 'Europe/Madrid', durationMinutes: 45, meetingMode: 'video' as const, ...overrides,
});

/** ICU versions differ in the space before AM/PM (a narrow no-break space in newer ones). */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('rhythm presets and RRULE', () => {
  it('turns each preset into the rule the server reads, and custom text into a tidy rule', () => {
    expect(ruleForPreset('weekly', 'ignored')).toBe('FREQ=WEEKLY');
    expect(ruleForPreset('biweekly', '')).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(ruleForPreset('custom', ' rrule:freq=monthly;byday=1tu; ')).toBe('FREQ=MONTHLY;BYDAY=1TU');
    expect(normaliseRule('RRULE:FREQ=WEEKLY;;BYDAY=MO,TH')).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
  });

  it('recognises a stored rule as its preset, and anything more specific as custom', () => {
    expect(presetForRule('FREQ=WEEKLY')).toBe('weekly');
    expect(presetForRule('FREQ=WEEKLY;INTERVAL=1')).toBe('weekly');
    expect(presetForRule('freq=weekly;interval=2')).toBe('biweekly');
    expect(presetForRule('FREQ=WEEKLY;INTERVAL=2;WKST=MO')).toBe('biweekly');
    expect(presetForRule('FREQ=WEEKLY;INTERVAL=3')).toBe('custom');
    expect(presetForRule('FREQ=WEEKLY;BYDAY=MO,TH')).toBe('custom');
    expect(presetForRule('FREQ=MONTHLY')).toBe('custom');
    // Round trip: every plain preset comes back as itself.
    for (const preset of ['weekly', 'biweekly'] as const) expect(presetForRule(ruleForPreset(preset, ''))).toBe(preset);
  });
});

describe('a plan in words', () => {
  it('reads like a sentence, with the time on the plan’s own clock and its zone named', () => {
    expect(plain(describePlan(t, plan(), 'en'))).toBe('Every 2 weeks on Tuesday at 6:00 PM, Europe/Madrid — 45 minutes, video call');
    expect(plain(describePlan(tEs, plan(), 'es'))).toBe('Cada 2 semanas, el martes a las 18:00, Europe/Madrid — 45 minutos, videollamada');
    expect(plain(describePlan(t, plan({ rule: 'FREQ=WEEKLY', timeZone: 'America/New_York', durationMinutes: 60, meetingMode: 'in_person' }), 'en')))
      .toBe('Every week on Tuesday at 6:00 PM, America/New York — 1 hour, in person');
  });

  it('names the days a rule gives, or the start’s weekday when it names none', () => {
    expect(describeRhythm(t, 'FREQ=WEEKLY;BYDAY=TH,MO', '2026-10-13T18:00', 'en')).toBe('Every week on Monday and Thursday');
    expect(describeRhythm(t, 'FREQ=DAILY', '2026-10-13T18:00', 'en')).toBe('Every day');
    expect(describeRhythm(t, 'FREQ=DAILY;INTERVAL=3', '2026-10-13T18:00', 'en')).toBe('Every 3 days');
    expect(describeRhythm(t, 'FREQ=MONTHLY;BYDAY=1TU', '2026-10-06T18:00', 'en')).toBe('Every month on the first Tuesday');
    expect(describeRhythm(t, 'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1', '2026-10-30T18:00', 'en')).toBe('Every month on the last Friday');
    expect(describeRhythm(t, 'FREQ=MONTHLY', '2026-10-13T18:00', 'en')).toBe('Every month on day 13');
    expect(describeRhythm(t, 'FREQ=WEEKLY;COUNT=6', '2026-10-13T18:00', 'en')).toBe('Every week on Tuesday, 6 times in all');
    expect(describeRhythm(tEs, 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2WE', '2026-10-14T18:00', 'es')).toBe('Cada 2 meses, el segundo miércoles');
  });

  it('shows a rule its words cannot say as the rule itself', () => {
    expect(describeRhythm(t, 'FREQ=YEARLY;BYMONTH=3', '2026-10-13T18:00', 'en')).toBeNull();
    expect(describeRhythm(t, 'FREQ=MONTHLY;BYDAY=MO,TU', '2026-10-13T18:00', 'en')).toBeNull();
    expect(describeRhythm(t, 'FREQ=WEEKLY;UNTIL=20261231T000000Z', '2026-10-13T18:00', 'en')).toBeNull();
    expect(plain(describePlan(t, plan({ rule: 'FREQ=YEARLY;BYMONTH=3' }), 'en'))).toBe('A custom rhythm (FREQ=YEARLY;BYMONTH=3) at 6:00 PM, Europe/Madrid — 45 minutes, video call');
  });
});
