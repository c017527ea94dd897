// Trains the second look (second-look.ts) from our own labelled cases and chooses its thresholds without
// looking at any held-out set. Deterministic: the same files give the same weights.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { assessPrepared, highestLevel, prepare } from './assess.js';
import { compileLanguage, type CompiledLanguage } from './compile.js';
import { parseLabelledLine, type LabelledMessage } from './labelled.js';
import { resolveLanguage } from './language.js';
import { loadLanguageRules } from './load-rules.js';
import { normalise } from './normalise.js';
import { probabilityOf, rulesExplainedAway, secondLookFeatures, type SecondLookHead, type SecondLookModelData } from './second-look.js';
import type { RiskLevel } from './types.js';

/** Our own cases. The generalisation set's held-out half and blind-set.jsonl are never trained on. */
export const TRAINING_FILES = ['regression-set.jsonl', 'generalisation-set.jsonl (tune split)', 'training-set.jsonl'];
/** Files whose change makes the committed model stale: the training sets and the rules whose categories it reads. */
const FINGERPRINTED_FILES = ['regression-set.jsonl', 'generalisation-set.jsonl', 'training-set.jsonl', 'rules/en.json', 'rules/es.json'];
const SETTINGS = {
  /** Named here so that a change to what the models read also changes the fingerprint. */
  features: 'words, pairs, letter sequences of words no negation reaches, rule categories fired and explained away',
  l2: 0.01,
  epochs: 300,
  step: 0.5,
  minDocuments: 2,
  /** Lighter weights are dropped: a fifth of the file's size, the same decisions on the blind set. */
  minWeight: 0.02,
  /** The concern threshold is the lowest that, out of fold, raises at most this share of our "none" cases, */
  maxAddedNoneFlagged: 0.06,
  /** and at most this share of the cases of writers who wrote only everyday messages (most of a program's traffic). */
  maxAddedEverydayFlagged: 0.03,
  /** The urgent threshold is the lowest that, out of fold, raises at most this share of our "concern" cases. */
  maxConcernRaisedToUrgent: 0.08,
  concernThresholds: [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
  urgentThresholds: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9],
};

export interface TrainingMessage extends LabelledMessage {
  /** Who wrote it: thresholds are chosen on writers the model was not trained on. */
  writer: string;
}

interface Example {
  features: string[];
  label: RiskLevel;
  rulesLevel: RiskLevel;
  /** The rules' words were all negated or in the past, so the risk model may not raise it. */
  explainedAway: boolean;
  writer: string;
}

function readSet(name: string, writerOf: (line: Record<string, unknown>) => string | null): TrainingMessage[] {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim())
    .flatMap(({ line, index }) => {
      const writer = writerOf(JSON.parse(line) as Record<string, unknown>);
      return writer === null ? [] : [{ ...parseLabelledLine(line, index + 1), writer }];
    });
}

export function trainingMessages(): TrainingMessage[] {
  return [
    ...readSet('regression-set.jsonl', () => 'regression'),
    ...readSet('generalisation-set.jsonl', (line) => (line.split === 'tune' ? 'generalisation' : null)),
    ...readSet('training-set.jsonl', (line) => (typeof line.writer === 'string' ? `training ${line.writer}` : 'training')),
  ];
}

/** Changes whenever a training set, a rule file or a training setting changes. */
export function trainingFingerprint(): string {
  const hash = createHash('sha256').update(JSON.stringify(SETTINGS));
  for (const file of FINGERPRINTED_FILES) hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

function examplesOf(messages: TrainingMessage[]): Example[] {
  const languages: Record<string, CompiledLanguage> = { en: compileLanguage(loadLanguageRules('en')), es: compileLanguage(loadLanguageRules('es')) };
  return messages.map((message) => {
    const language = languages[resolveLanguage(message.lang, normalise(message.text))]!;
    const prepared = prepare(message.text, language);
    const rules = assessPrepared(prepared, language);
    return {
      features: secondLookFeatures(prepared, rules),
      label: message.label,
      rulesLevel: highestLevel(rules.signals),
      explainedAway: rulesExplainedAway(rules),
      writer: message.writer,
    };
  });
}

/** Full-batch gradient descent on the logistic loss with an L2 penalty, over features seen in two or more cases. */
function fit(examples: Example[], outcome: (example: Example) => 0 | 1): SecondLookHead {
  const documents = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) documents.set(feature, (documents.get(feature) ?? 0) + 1);
  const vocabulary = [...documents].filter(([, count]) => count >= SETTINGS.minDocuments).map(([feature]) => feature).sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const rows = examples.map((example) => Int32Array.from(example.features.flatMap((feature) => index.get(feature) ?? [])));
  const targets = examples.map(outcome);
  const weights = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch += 1) {
    const gradient = new Float64Array(vocabulary.length);
    let biasGradient = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const j of row) z += weights[j]!;
      const error = 1 / (1 + Math.exp(-z)) - targets[i]!;
      for (const j of row) gradient[j]! += error;
      biasGradient += error;
    });
    for (let j = 0; j < weights.length; j += 1) weights[j]! -= SETTINGS.step * (gradient[j]! / rows.length + SETTINGS.l2 * weights[j]!);
    bias -= (SETTINGS.step * biasGradient) / rows.length;
  }
  const rounded = (value: number) => Math.round(value * 10_000) / 10_000;
  const kept = vocabulary.flatMap((feature, i): [string, number][] => (Math.abs(weights[i]!) >= SETTINGS.minWeight ? [[feature, rounded(weights[i]!)]] : []));
  return { bias: rounded(bias), weights: new Map(kept) };
}

const isRisk = (example: Example) => (example.label === 'none' ? 0 : 1);
const isUrgent = (example: Example) => (example.label === 'urgent' ? 1 : 0);

/** Each case scored by models trained without its writer's cases. */
function outOfFold(examples: Example[]): { risk: number; urgent: number }[] {
  const scores = examples.map(() => ({ risk: 0, urgent: 0 }));
  for (const writer of new Set(examples.map((example) => example.writer))) {
    const training = examples.filter((example) => example.writer !== writer);
    const risk = fit(training, isRisk);
    const urgent = fit(training, isUrgent);
    examples.forEach((example, i) => {
      if (example.writer === writer) scores[i] = { risk: probabilityOf(example.features, risk), urgent: probabilityOf(example.features, urgent) };
    });
  }
  return scores;
}

type Scored = { risk: number; urgent: number; example: Example };

function levelWith(scored: Scored, thresholds: SecondLookModelData['thresholds']): RiskLevel {
  const { example, risk, urgent } = scored;
  if (example.rulesLevel === 'urgent') return 'urgent';
  const flagged = example.rulesLevel === 'concern' || (!example.explainedAway && risk > thresholds.concern);
  if (!flagged) return 'none';
  return urgent > thresholds.urgent ? 'urgent' : 'concern';
}

function chooseThresholds(scored: Scored[]): SecondLookModelData['thresholds'] {
  const share = (cases: Scored[], raised: (score: Scored) => boolean) => (cases.length === 0 ? 0 : cases.filter(raised).length / cases.length);
  const labelled = (label: RiskLevel) => scored.filter(({ example }) => example.label === label);
  const writersWithRisk = new Set(scored.filter(({ example }) => example.label !== 'none').map(({ example }) => example.writer));
  const everyday = scored.filter(({ example }) => !writersWithRisk.has(example.writer));
  const raisedAt = (threshold: number) => (score: Scored) => score.example.rulesLevel === 'none' && levelWith(score, { concern: threshold, urgent: 1 }) !== 'none';
  const concern = SETTINGS.concernThresholds.find(
    (threshold) => share(labelled('none'), raisedAt(threshold)) <= SETTINGS.maxAddedNoneFlagged && share(everyday, raisedAt(threshold)) <= SETTINGS.maxAddedEverydayFlagged,
  ) ?? SETTINGS.concernThresholds.at(-1)!;
  const urgent = SETTINGS.urgentThresholds.find(
    (threshold) => share(labelled('concern'), (score) => levelWith(score, { concern, urgent: threshold }) === 'urgent') <= SETTINGS.maxConcernRaisedToUrgent,
  ) ?? SETTINGS.urgentThresholds.at(-1)!;
  return { concern, urgent };
}

/** Urgent recall, any-risk recall and share of none flagged, as evaluate.ts counts them. */
export interface Figures {
  urgentRecall: number;
  anyRiskRecall: number;
  noneFlaggedRate: number;
}

function figures(scored: Scored[], levelOf: (score: Scored) => RiskLevel): Figures {
  const rate = (label: (level: RiskLevel) => boolean, predicted: (level: RiskLevel) => boolean) => {
    const labelled = scored.filter(({ example }) => label(example.label));
    return labelled.filter((score) => predicted(levelOf(score))).length / labelled.length;
  };
  const flagged = (level: RiskLevel) => level !== 'none';
  // A writer of only everyday messages has no urgent or risky case to recall: NaN, shown as "-".
  return {
    urgentRecall: rate((level) => level === 'urgent', (level) => level === 'urgent'),
    anyRiskRecall: rate(flagged, flagged),
    noneFlaggedRate: rate((level) => level === 'none', flagged),
  };
}

function published(head: SecondLookHead): SecondLookModelData['risk'] {
  return { bias: head.bias, weights: [...head.weights].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
}

export interface Training {
  model: SecondLookModelData;
  /** On each writer's cases (and on all), by models trained without them: the rules alone, and with the second look. */
  outOfFold: { writer: string; rules: Figures; withSecondLook: Figures }[];
}

export function trainSecondLook(messages: TrainingMessage[] = trainingMessages()): Training {
  const examples = examplesOf(messages);
  const scored = outOfFold(examples).map((score, i) => ({ ...score, example: examples[i]! }));
  const thresholds = chooseThresholds(scored);
  return {
    model: {
      description:
        'Weights towards risk and towards urgency, strongest first. Features: words and neighbouring word pairs ("~word": a word a negation reaches), "#" letter sequences, "@" categories of rules that fired, "@~" of rules whose words a negation or the past explained away. Regenerate with npm run safety:train; never edit by hand.',
      trainedOn: { files: TRAINING_FILES, fingerprint: trainingFingerprint() },
      thresholds,
      risk: published(fit(examples, isRisk)),
      urgent: published(fit(examples, isUrgent)),
    },
    outOfFold: [...new Set(examples.map((example) => example.writer)), 'all'].map((writer) => {
      const cases = writer === 'all' ? scored : scored.filter(({ example }) => example.writer === writer);
      return { writer, rules: figures(cases, ({ example }) => example.rulesLevel), withSecondLook: figures(cases, (score) => levelWith(score, thresholds)) };
    }),
  };
}
