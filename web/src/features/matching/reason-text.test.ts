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
const staff = context('en', { viewer: 'staff' });

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

  it('speaks of both people in the third person to program staff reviewing a pair', () => {
    const topics: MatchReason = { kind: 'topics', topics: ['anxiety', 'grief_loss'], primary: true };
    expect(reasonText(tEn, topics, staff)).toBe('Both have lived experience of anxiety and grief and loss, including the member’s most important topic');
    expect(reasonText(tEn, { ...topics, primary: false }, staff)).toBe('Both have lived experience of anxiety and grief and loss');
    expect(reasonText(tEn, topics, { ...staff, primaryTopic: 'anxiety' })).toBe(
      'Both have lived experience of anxiety (the member’s most important topic) and grief and loss',
    );
    expect(reasonText(tEn, { kind: 'languages', languages: ['es'] }, staff)).toBe('Both speak Spanish');
    expect(reasonText(tEn, { kind: 'identities', identities: ['woman'] }, staff)).toBe('The supporter identifies as woman, as the member asked');
    expect(reasonText(tEn, { kind: 'communities', communities: ['parent'] }, staff)).toBe('They share: parent');
    expect(reasonText(tEn, { kind: 'availability', minutesPerWeek: 120, periods: ['evenings'] }, staff)).toBe(
      '2 hours a week in common, in the member’s evenings',
    );
    expect(reasonText(tEn, { kind: 'interests', interests: ['hiking'] }, staff)).toBe('Both like hiking');
    expect(reasonText(tEn, { kind: 'meeting', modes: ['text'] }, staff)).toBe('Both can meet by text chat');
    expect(reasonText(tEs, { kind: 'languages', languages: ['es'] }, context('es', { viewer: 'staff' }))).toBe('Ambas personas hablan español');
  });
});
