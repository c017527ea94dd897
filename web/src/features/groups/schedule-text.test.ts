import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { ruleShape, scheduleText } from './schedule-text.js';

const schedule = (rule: string, weekday: number | null = 2, minuteOfDay: number | null = 18 * 60) => ({
  rule, startsLocal: '2026-03-24T18:00', timeZone: 'Europe/Madrid', durationMinutes: 90, weekday, minuteOfDay,
});

describe('schedule in words', () => {
  beforeAll(async () => {
    await i18n.init({ resources: { en: { translation: en }, es: { translation: es } }, lng: 'en', interpolation: { escapeValue: false } });
  });

  it('reads the parts of a rule', () => {
    expect(ruleShape('FREQ=WEEKLY;BYDAY=TU')).toEqual({ freq: 'WEEKLY', interval: 1, nth: null });
    expect(ruleShape('RRULE:freq=weekly;interval=2')).toEqual({ freq: 'WEEKLY', interval: 2, nth: null });
    expect(ruleShape('FREQ=MONTHLY;BYDAY=-1TH')).toEqual({ freq: 'MONTHLY', interval: 1, nth: -1 });
    expect(ruleShape('FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2')).toEqual({ freq: 'MONTHLY', interval: 1, nth: 2 });
    expect(ruleShape('FREQ=YEARLY').freq).toBe('OTHER');
  });

  it('says weekly and every-two-weeks meetings with the day, time, zone and length', () => {
    const t = i18n.getFixedT('en');
    expect(scheduleText(t, schedule('FREQ=WEEKLY;BYDAY=TU'), 'en')).toBe('Every Tuesday at 6:00 PM (Europe/Madrid time), for 1 hour 30 minutes');
    expect(scheduleText(t, schedule('FREQ=WEEKLY;INTERVAL=2'), 'en')).toBe('Every 2 weeks on Tuesday at 6:00 PM (Europe/Madrid time), for 1 hour 30 minutes');
  });

  it('says monthly meetings by their place in the month, and falls back for rules it cannot say', () => {
    const t = i18n.getFixedT('en');
    expect(scheduleText(t, schedule('FREQ=MONTHLY;BYDAY=-1TU'), 'en')).toBe('The last Tuesday of each month at 6:00 PM (Europe/Madrid time), for 1 hour 30 minutes');
    expect(scheduleText(t, schedule('FREQ=MONTHLY;BYDAY=1TU'), 'en')).toBe('The first Tuesday of each month at 6:00 PM (Europe/Madrid time), for 1 hour 30 minutes');
    expect(scheduleText(t, schedule('FREQ=YEARLY'), 'en')).toBe('Regular meetings of 1 hour 30 minutes (Europe/Madrid time)');
    expect(scheduleText(t, schedule('FREQ=WEEKLY', null, null), 'en')).toBe('Regular meetings of 1 hour 30 minutes (Europe/Madrid time)');
  });

  it('reads in Spanish', () => {
    const t = i18n.getFixedT('es');
    expect(scheduleText(t, schedule('FREQ=WEEKLY;BYDAY=TU'), 'es')).toBe('Cada martes a las 18:00 (hora de Europe/Madrid), durante 1 hora y 30 minutos');
  });
});
