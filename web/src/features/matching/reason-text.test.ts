import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MatchReason } from '../../../../shared/contracts/matching.js';
import { BUILT_IN_TOPIC_LABELS } from '../../../../shared/vocabularies/topic-labels.js';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { reasonText, type ReasonContext } from './reason-text.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, showSupportNotice: false });
const tEn = i18n.getFixedT('en');
const tEs = i18n.getFixedT('es');

function context(language: 'en' | 'es', overrides: Partial<ReasonContext> = {}): ReasonContext {
  const labels = BUILT_IN_TOPIC_LABELS as Record<string, { en: string; es: string }>;
  return { viewer: 'member', primaryTopic: null, language, topicLabel: (key) => labels[key]?.[language] ?? key, ...overrides };
}

const member = context('en', { primaryTopic: 'ocd' });
const supporter = context('en', { viewer: 'supporter' });

describe('match reasons as sentences', () => {
  it('names shared topics inside the sentence and marks the member’s most important one', () => {
    const reason: MatchReason = { kind: 'topics', topics: ['anxiety', 'ocd'], primary: true };
    expect(reasonText(tEn, reason, member)).toBe('You both have lived experience of anxiety and OCD (your most important topic)');
    expect(reasonText(tEn, { ...reason, primary: false }, member)).toBe('You both have lived experience of anxiety and OCD');
    expect(reasonText(tEs, reason, context('es', { primaryTopic: 'ocd' }))).toBe(
      'Tiene experiencia vivida de ansiedad y TOC (lo que más te importa), igual que tú',
    );
  });

  it('tells a supporter the member’s most important topic is shared without naming which', () => {
    const reason: MatchReason = { kind: 'topics', topics: ['anxiety', 'grief_loss'], primary: true };
    expect(reasonText(tEn, reason, supporter)).toBe(
      'You both have lived experience of anxiety and grief and loss, including the one that matters most to them',
    );
  });

  it('names languages in the reader’s language', () => {
    const reason: MatchReason = { kind: 'languages', languages: ['es', 'en'] };
    expect(reasonText(tEn, reason, member)).toBe('You both speak Spanish and English');
    expect(reasonText(tEs, reason, context('es'))).toBe('Habla español e inglés, igual que tú');
  });

  it('speaks of the member’s day from either side, in hours and minutes', () => {
    const reason: MatchReason = { kind: 'availability', minutesPerWeek: 240, periods: ['evenings'] };
    expect(reasonText(tEn, reason, member)).toBe('4 hours a week in common, in your evenings');
    expect(reasonText(tEn, { ...reason, minutesPerWeek: 90, periods: ['mornings', 'evenings'] }, supporter)).toBe(
      '1 hour 30 minutes a week in common, in their mornings and evenings',
    );
    expect(reasonText(tEn, { ...reason, minutesPerWeek: 45, periods: [] }, member)).toBe('45 minutes a week in common');
    expect(reasonText(tEs, { ...reason, minutesPerWeek: 60, periods: ['afternoons'] }, context('es'))).toBe(
      '1 hora a la semana en común, por la tarde en tu horario',
    );
  });

  it('puts identities, communities, interests and ways to meet in plain words', () => {
    expect(reasonText(tEn, { kind: 'identities', identities: ['woman'] }, member)).toBe('They identify as woman, as you asked');
    expect(reasonText(tEn, { kind: 'identities', identities: ['woman'] }, supporter)).toBe('You identify as woman, as they asked');
    expect(reasonText(tEn, { kind: 'communities', communities: ['parent'] }, member)).toBe('You share: parent');
    expect(reasonText(tEn, { kind: 'interests', interests: ['hiking'] }, member)).toBe('You both like hiking');
    expect(reasonText(tEn, { kind: 'meeting', modes: ['video'] }, member)).toBe('You can both meet by video');
    expect(reasonText(tEn, { kind: 'meeting', modes: ['text', 'in_person'] }, member)).toBe('You can both meet by text chat and in person');
    expect(reasonText(tEs, { kind: 'meeting', modes: ['video', 'in_person'] }, context('es'))).toBe(
      'Formas de encuentro en común: por videollamada y en persona',
    );
  });
});
