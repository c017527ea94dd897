import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessPrepared, highestLevel, prepare, type RulesFinding } from './assess.js';
import { compileLanguage } from './compile.js';
import { detectRisk } from './index.js';
import { loadLanguageRules } from './load-rules.js';
import { loadSecondLookModel, probabilityOf, secondLookFeatures, secondLookModelFrom, secondLookSignals } from './second-look.js';
import { trainingFingerprint, trainingMessages } from './train-second-look.js';
import type { RiskSignal } from './types.js';

const words = (features: string[]) => features.filter((feature) => !feature.startsWith('#'));
const ruleSignal = (level: RiskSignal['level']): RiskSignal => ({ rule: 'en.test', category: 'ideation', level, evidence: 'x' });
const found = (level: RiskSignal['level']): RulesFinding => ({ signals: [ruleSignal(level)], explainedAway: [] });
const NOTHING: RulesFinding = { signals: [], explainedAway: [] };

describe('the second look', () => {
  it('reads words and neighbouring pairs within a clause, marking the words a negation reaches', () => {
    expect(words(secondLookFeatures('im not going to do it. tired'))).toEqual(['im', 'im not', 'not', 'not ~going', '~going', '~going ~to', '~to', '~to ~do', '~do', '~do it', 'it', 'tired']);
    expect(words(secondLookFeatures('so ____ __ tired tired'))).toEqual(['so', 'so tired', 'tired', 'tired tired']);
  });

  it('reads letter sequences across word edges, skipping blanked idioms and negated words, and the categories of rules that fired or were explained away', () => {
    const features = secondLookFeatures('pills ____ ok', { signals: [ruleSignal('concern')], explainedAway: ['means'] });
    expect(features).toEqual(expect.arrayContaining(['# pi', '#pills', '#s ok', '#ills ', '@ideation', '@~means']));
    expect(features.some((feature) => feature.includes('_'))).toBe(false);
    expect(secondLookFeatures('never kill').filter((feature) => feature.startsWith('#'))).toEqual(['# ne', '#nev', '#eve', '#ver', '#er ', '# nev', '#neve', '#ever', '#ver ', '# neve', '#never', '#ever ']);
  });

  const model = secondLookModelFrom({
    description: '',
    trainedOn: { files: [], fingerprint: '' },
    thresholds: { concern: 0.5, urgent: 0.5 },
    risk: { bias: -1, weights: [['alone', 2], ['gone', 1.5], ['i', 1], ['tonight', 0.5], ['happy', -3]] },
    urgent: { bias: -2, weights: [['tonight', 3], ['@ideation', 0.5]] },
  });

  it('raises none to concern above the risk threshold, naming the heaviest words but not small ones', () => {
    expect(probabilityOf(secondLookFeatures('i want to be gone, alone'), model.risk)).toBeCloseTo(1 / (1 + Math.exp(-3.5)));
    expect(secondLookSignals('i want to be gone, alone', NOTHING, model)).toEqual([{ rule: 'second_look', category: 'second_look', level: 'concern', evidence: 'alone, gone' }]);
    expect(secondLookSignals('happy and alone', NOTHING, model)).toEqual([]);
  });

  it('raises a flagged message to urgent above the urgency threshold, never lowers a rule and never looks past an urgent one', () => {
    expect(secondLookSignals('gone tonight', NOTHING, model)).toEqual([{ rule: 'second_look.urgent', category: 'second_look', level: 'urgent', evidence: 'tonight' }]);
    expect(secondLookSignals('happy tonight', found('concern'), model)).toMatchObject([{ level: 'urgent' }]);
    expect(secondLookSignals('happy', found('concern'), model)).toEqual([]);
    expect(secondLookSignals('gone tonight', found('urgent'), model)).toEqual([]);
  });

  it('never leaves a message below what its rules found, and adds only second-look signals to them', () => {
    const loaded = loadSecondLookModel();
    const languages = { en: compileLanguage(loadLanguageRules('en')), es: compileLanguage(loadLanguageRules('es')) };
    let raised = 0;
    for (const message of trainingMessages()) {
      const language = languages[message.lang === 'es' ? 'es' : 'en'];
      const rules = assessPrepared(prepare(message.text, language), language).signals;
      const assessment = detectRisk(message.text, message.lang);
      expect(assessment.signals.slice(0, rules.length)).toEqual(rules);
      expect(assessment.signals.slice(rules.length).every((signal) => signal.category === 'second_look')).toBe(true);
      if (assessment.level !== highestLevel(rules)) raised += 1;
    }
    expect(raised).toBeGreaterThan(0);
    expect(loaded.thresholds.concern).toBeGreaterThanOrEqual(0.5);
    expect(detectRisk('we made pancakes and watched the match, lovely sunday', 'en')).toMatchObject({ level: 'none', signals: [] });
  });

  it('was trained on the current sets, rules and settings (retrain with npm run safety:train after changing any)', () => {
    const committed = JSON.parse(readFileSync(new URL('./rules/second-look.json', import.meta.url), 'utf8'));
    expect(committed.trainedOn.fingerprint).toBe(trainingFingerprint());
  });
});
