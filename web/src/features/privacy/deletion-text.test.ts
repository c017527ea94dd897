import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { deletionItemText, keptReasonText } from './deletion-text.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, showSupportNotice: false });
const tEs = i18n.getFixedT('es');

describe('deletion explanation texts', () => {
  it('translates known keys and falls back to the key', () => {
    expect(deletionItemText(tEs, 'profile')).toBe(es.data.items.profile);
    expect(deletionItemText(tEs, 'group_posts')).toBe('Group posts');
  });

  it('shows the server’s reason in English, our translation otherwise, or the English reason marked as English', () => {
    expect(keptReasonText(i18n.t, 'en', 'audit_log', 'Kept for security.')).toEqual({ text: 'Kept for security.' });
    expect(keptReasonText(tEs, 'es', 'audit_log', 'Kept for security.')).toEqual({ text: es.data.keptReasons.audit_log });
    expect(keptReasonText(tEs, 'es', 'invoices', 'Kept for tax law.')).toEqual({ text: 'Kept for tax law.', lang: 'en' });
  });
});
