import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.js';
import es from '../locales/es.js';
import { durationText } from './duration-text.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, showSupportNotice: false });

describe('durationText', () => {
  it('writes minutes as hours and minutes', () => {
    const t = i18n.getFixedT('en');
    expect(durationText(t, 45)).toBe('45 minutes');
    expect(durationText(t, 60)).toBe('1 hour');
    expect(durationText(t, 240)).toBe('4 hours');
    expect(durationText(t, 75)).toBe('1 hour 15 minutes');
    expect(durationText(t, 1)).toBe('1 minute');
  });

  it('in Spanish too', () => {
    const t = i18n.getFixedT('es');
    expect(durationText(t, 150)).toBe('2 horas y 30 minutos');
    expect(durationText(t, 60)).toBe('1 hora');
  });
});
