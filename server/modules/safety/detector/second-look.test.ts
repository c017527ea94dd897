import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessPrepared, highestLevel, prepare, type RulesFinding } from './assess.js';
import { compileLanguage } from './compile.js';
import { detectRisk } from './index.js';
import { loadLanguageRules } from './load-rules.js';
import { loadSecondLookModel, secondLookFeatures, secondLookModelFrom, secondLookModelSchema, secondLookProbabilities, secondLookSignals, type SecondLookModelData } from './second-look.js';
import { bucketsOf } from './second-look-network.js';
import { trainingFingerprint, trainingMessages, trainSecondLook } from './train-second-look.js';
import type { RiskSignal } from './types.js';

const words = (features: string[]) => features.filter((feature) => !feature.startsWith('#') && !feature.startsWith('@'));
const ruleSignal = (level: RiskSignal['level']): RiskSignal => ({ rule: 'en.test', category: 'ideation', level, evidence: 'x' });
const found = (level: RiskSignal['level']): RulesFinding => ({ signals: [ruleSignal(level)], explainedAway: [] });
const NOTHING: RulesFinding = { signals: [], explainedAway: [] };

describe('the second look', () => {
  it('reads words and neighbouring pairs within a clause, marking the words a negation reaches', () => {
    expect(words(secondLookFeatures('im not going to do it. tired'))).toEqual(['im', 'im not', 'not', 'not ~going', '~going', '~going ~to', '~to', '~to ~do', '~do', '~do it', 'it', 'tired']);
    expect(words(secondLookFeatures('so ____ __ tired tired'))).toEqual(['so', 'so tired', 'tired', 'tired tired']);
  });

  it('reads letter sequences across word edges, skipping blanked idioms and negated words, the words of a blanked idiom, and the categories of rules that fired or were explained away', () => {
    const features = secondLookFeatures('pills ____ ok', { signals: [ruleSignal('concern')], explainedAway: ['means'] }, 'pills mate ok');
    expect(features).toEqual(expect.arrayContaining(['# pi', '#pills', '#s ok', '#ills ', '@ideation', '@~means', '@idiom', '%mate']));
    expect(features.some((feature) => feature.includes('_'))).toBe(false);
    expect(secondLookFeatures('never kill').filter((feature) => feature.startsWith('#'))).toEqual(['# ne', '#nev', '#eve', '#ver', '#er ', '# nev', '#neve', '#ever', '#ver ', '# neve', '#never', '#ever ']);
  });

  /** A network with one hidden unit towards risk and one towards urgency, and chosen words' weights on them. */
  function modelWith(words: Record<string, [towardsRisk: number, towardsUrgency: number]>): SecondLookModelData {
    const buckets = 65_536;
    const input = new Int8Array(buckets * 2);
    for (const [word, [risk, urgency]] of Object.entries(words)) {
      const bucket = bucketsOf([word], buckets)[0]!;
      input.set([risk * 10, urgency * 10], bucket * 2);
    }
    return {
      description: '',
      trainedOn: { files: [], fingerprint: '' },
      thresholds: { concern: 0.5, urgent: 0.5 },
      buckets,
      hidden: 2,
      networks: [{ inputWeights: Buffer.from(input.buffer).toString('base64'), inputScale: 0.1, hiddenBias: [0, 0], outputWeights: [[1, 0], [0, 1]], outputBias: [-1, -2] }],
    };
  }
  const model = secondLookModelFrom(modelWith({ alone: [2, 0], gone: [1.5, 0], tonight: [0.5, 3], happy: [-3, 0] }));

  it('raises none to concern above the risk threshold, naming the words that weighed most but not small ones', () => {
    expect(secondLookProbabilities(secondLookFeatures('i want to be gone, alone'), model).risk).toBeCloseTo(1 / (1 + Math.exp(-2.5)));
    expect(secondLookSignals('i want to be gone, alone', NOTHING, model)).toEqual([{ rule: 'second_look', category: 'second_look', level: 'concern', evidence: 'alone, gone' }]);
    expect(secondLookSignals('happy and alone', NOTHING, model)).toEqual([]);
  });

  it('never names a blanked idiom\'s words as evidence: the person reading the alert sees words the writer meant', () => {
    const idiomModel = secondLookModelFrom(modelWith({ '%traffic': [3, 0], alone: [1, 0] }));
    expect(secondLookSignals('alone _____________', NOTHING, idiomModel, 'alone stuck traffic')).toEqual([
      { rule: 'second_look', category: 'second_look', level: 'concern', evidence: 'alone' },
    ]);
  });

  it('raises a flagged message to urgent above the urgency threshold, never lowers a rule and never looks past an urgent one', () => {
    expect(secondLookSignals('gone tonight', NOTHING, model)).toEqual([{ rule: 'second_look.urgent', category: 'second_look', level: 'urgent', evidence: 'tonight' }]);
    expect(secondLookSignals('happy tonight', found('concern'), model)).toMatchObject([{ level: 'urgent' }]);
    expect(secondLookSignals('happy', found('concern'), model)).toEqual([]);
    expect(secondLookSignals('gone tonight', found('urgent'), model)).toEqual([]);
  });

  it('leaves a negation the rules read to the networks, which see it as a category explained away ("not suicidal but ...")', () => {
    const negated: RulesFinding = { signals: [], explainedAway: ['ideation'] };
    expect(secondLookFeatures('gone alone', negated)).toContain('@~ideation');
    expect(secondLookSignals('gone alone', negated, model)).toMatchObject([{ level: 'concern' }]);
    expect(secondLookSignals('happy', negated, model)).toEqual([]);
  });

  it('averages its networks, and names a word by how much taking it out lowers the reading', () => {
    const data = modelWith({ alone: [2, 0] });
    const [one, other] = [data.networks[0]!, { ...data.networks[0]!, outputBias: [-3, -2] as [number, number] }];
    const twice = secondLookModelFrom({ ...data, networks: [one, other] }).networks;
    const features = secondLookFeatures('alone');
    const buckets = bucketsOf(features, twice.buckets);
    const [first, second] = [one, other].map((network) => secondLookModelFrom({ ...data, networks: [network] }).networks.probabilities(buckets).risk);
    expect(twice.probabilities(buckets).risk).toBeCloseTo((first! + second!) / 2);
    const alone = bucketsOf(['alone'], twice.buckets)[0]!;
    const without = bucketsOf(features.filter((feature) => feature !== 'alone'), twice.buckets);
    expect(twice.contributions(buckets, [alone], 0)[0]).toBeCloseTo(twice.probabilities(buckets).risk - twice.probabilities(without).risk);
  });

  it('refuses a model file whose weights do not fit its shape, naming the field', () => {
    const data = modelWith({});
    const result = secondLookModelSchema.safeParse({ ...data, networks: [{ ...data.networks[0]!, inputWeights: 'AAAA' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['networks', 0, 'inputWeights']);
  });

  it('trains the same networks from the same cases, and they learn what the cases teach', () => {
    const messages = trainingMessages().filter((message) => message.writer === 'regression' || message.writer === 'generalisation');
    const first = trainSecondLook(messages).model;
    expect(trainSecondLook(messages).model).toEqual(first);
    const trained = secondLookModelFrom(secondLookModelSchema.parse(first));
    const reading = (text: string) => secondLookProbabilities(secondLookFeatures(text), trained);
    expect(reading('i want to die, i have the pills and tonight is the night').urgent).toBeGreaterThan(reading('we baked bread and watched a film, lovely evening').urgent);
    expect(reading('i feel so hopeless, like a burden to everyone').risk).toBeGreaterThan(reading('the match was great, see you thursday').risk);
  }, 60_000);

  it('never leaves a message below what its rules found, and adds only second-look signals to them', () => {
    const loaded = loadSecondLookModel();
    const languages = { en: compileLanguage(loadLanguageRules('en')), es: compileLanguage(loadLanguageRules('es')) };
    let raised = 0;
    const altered: string[] = [];
    // Our own sets whole and every fifth of the rest: all twenty-seven thousand took over two minutes on a busy
    // machine, and a fifth of them still holds every kind of message the property is about.
    const sample = trainingMessages().filter((message, index) => message.writer === 'regression' || message.writer === 'generalisation' || index % 5 === 0);
    for (const message of sample) {
      const language = languages[message.lang === 'es' ? 'es' : 'en'];
      const rules = assessPrepared(prepare(message.text, language), language).signals;
      const assessment = detectRisk(message.text, message.lang);
      const keepsRules = JSON.stringify(assessment.signals.slice(0, rules.length)) === JSON.stringify(rules);
      if (!keepsRules || assessment.signals.slice(rules.length).some((signal) => signal.category !== 'second_look')) altered.push(message.text);
      if (assessment.level !== highestLevel(rules)) raised += 1;
    }
    expect(altered).toEqual([]);
    expect(raised).toBeGreaterThan(0);
    expect(loaded.thresholds.concern).toBeGreaterThanOrEqual(0.5);
    expect(detectRisk('we made pancakes and watched the match, lovely sunday', 'en')).toMatchObject({ level: 'none', signals: [] });
  }, 120_000);

  it('was trained on the current sets, rules and settings (retrain with npm run safety:train after changing any)', () => {
    const committed = JSON.parse(readFileSync(new URL('./rules/second-look.json', import.meta.url), 'utf8'));
    expect(committed.trainedOn.fingerprint).toBe(trainingFingerprint());
  });
});
