import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessPrepared, highestLevel, prepare } from './assess.js';
import { compileLanguage } from './compile.js';
import { detectRisk } from './index.js';
import { loadLanguageRules } from './load-rules.js';
import { loadSecondLookModel, secondLook, secondLookFeatures, secondLookSignal } from './second-look.js';
import { trainingMessages, trainSecondLook } from './train-second-look.js';

describe('the second look', () => {
  it('reads words and neighbouring pairs within a clause, marking the words a negation reaches', () => {
    expect(secondLookFeatures('im not going to do it. tired')).toEqual(['im', 'im not', 'not', 'not ~going', '~going', '~going ~to', '~to', '~to ~do', '~do', '~do it', 'it', 'tired']);
    expect(secondLookFeatures('so ____ __ tired tired')).toEqual(['so', 'so tired', 'tired', 'tired tired']);
  });

  it('scores with the weights, and names the words that raised the score most, leaving out small words', () => {
    const model = { description: '', trainedOn: [], threshold: 0.5, bias: -1, weights: new Map([['alone', 2], ['gone', 1.5], ['i', 1], ['happy', -3]]) };
    const look = secondLook('i want to be gone, alone', model);
    expect(look.probability).toBeCloseTo(1 / (1 + Math.exp(-3.5)));
    expect(look.evidence).toEqual(['alone', 'gone']);
    expect(secondLookSignal('i want to be gone, alone', model)).toEqual({ rule: 'second_look', category: 'second_look', level: 'concern', evidence: 'alone, gone' });
    expect(secondLookSignal('happy and alone', model)).toBeNull();
  });

  it('raises to concern, never to urgent, every message of ours the rules leave at none and the model reads as risk', () => {
    const model = loadSecondLookModel();
    const languages = { en: compileLanguage(loadLanguageRules('en')), es: compileLanguage(loadLanguageRules('es')) };
    const raised = trainingMessages().filter((message) => {
      const language = languages[message.lang === 'es' ? 'es' : 'en'];
      const prepared = prepare(message.text, language);
      return highestLevel(assessPrepared(prepared, language)) === 'none' && secondLook(prepared, model).probability > model.threshold;
    });
    expect(raised.length).toBeGreaterThan(0);
    for (const message of raised) {
      const assessment = detectRisk(message.text, message.lang);
      expect(assessment.level, message.text).toBe('concern');
      expect(assessment.signals.map((signal) => signal.rule)).toEqual(['second_look']);
    }
    expect(detectRisk('we made pancakes and watched the match, lovely sunday', 'en')).toMatchObject({ level: 'none', signals: [] });
  });

  it('is exactly what training on our labelled sets gives (retrain with npm run safety:train after changing rules or sets)', () => {
    const committed = JSON.parse(readFileSync(new URL('./rules/second-look.json', import.meta.url), 'utf8'));
    expect(trainSecondLook()).toEqual(committed);
  });
});
