// Trains the second look (second-look.ts) from our own labelled cases and chooses its threshold without
// looking at any held-out set. Deterministic: the same files give the same weights.
import { readFileSync } from 'node:fs';
import { assessPrepared, highestLevel, prepare } from './assess.js';
import { compileLanguage, type CompiledLanguage } from './compile.js';
import { parseLabelledFile, type LabelledMessage } from './evaluate.js';
import { resolveLanguage } from './language.js';
import { loadLanguageRules } from './load-rules.js';
import { normalise } from './normalise.js';
import { secondLookFeatures, type SecondLookModelData } from './second-look.js';

/** Our own cases. The generalisation set's held-out half and blind-set.jsonl are never trained on. */
export const TRAINING_FILES = ['regression-set.jsonl', 'generalisation-set.jsonl (tune split)', 'training-set.jsonl'];
const L2 = 0.01;
const EPOCHS = 300;
const STEP = 0.5;
const MIN_DOCUMENTS = 2;
const FOLDS = 5;
/** The threshold is the lowest that, out of fold, raises at most this share of our "none" cases to concern. */
const MAX_ADDED_NONE_FLAGGED = 0.02;
const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

interface Example {
  features: string[];
  risk: 0 | 1;
  label: LabelledMessage['label'];
  rulesLevel: LabelledMessage['label'];
}

function readSet(name: string, keep: (line: Record<string, unknown>) => boolean = () => true): LabelledMessage[] {
  const content = readFileSync(new URL(`./${name}`, import.meta.url), 'utf8').split('\n').filter((line) => line.trim() && keep(JSON.parse(line)));
  return parseLabelledFile(content.join('\n'));
}

export function trainingMessages(): LabelledMessage[] {
  return [...readSet('regression-set.jsonl'), ...readSet('generalisation-set.jsonl', (line) => line.split === 'tune'), ...readSet('training-set.jsonl')];
}

function examplesOf(messages: LabelledMessage[]): Example[] {
  const languages: Record<string, CompiledLanguage> = { en: compileLanguage(loadLanguageRules('en')), es: compileLanguage(loadLanguageRules('es')) };
  return messages.map((message) => {
    const language = languages[resolveLanguage(message.lang, normalise(message.text))]!;
    const prepared = prepare(message.text, language);
    return { features: secondLookFeatures(prepared), risk: message.label === 'none' ? 0 : 1, label: message.label, rulesLevel: highestLevel(assessPrepared(prepared, language)) };
  });
}

/** Full-batch gradient descent on the logistic loss with an L2 penalty. */
function fit(examples: Example[], vocabulary: string[]): { bias: number; weights: Float64Array } {
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const rows = examples.map((example) => example.features.map((feature) => index.get(feature)).filter((i): i is number => i !== undefined));
  const weights = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const gradient = new Float64Array(vocabulary.length);
    let biasGradient = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const j of row) z += weights[j]!;
      const error = 1 / (1 + Math.exp(-z)) - examples[i]!.risk;
      for (const j of row) gradient[j]! += error;
      biasGradient += error;
    });
    for (let j = 0; j < weights.length; j += 1) weights[j]! -= STEP * (gradient[j]! / rows.length + L2 * weights[j]!);
    bias -= (STEP * biasGradient) / rows.length;
  }
  return { bias, weights };
}

function vocabularyOf(examples: Example[]): string[] {
  const documents = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) documents.set(feature, (documents.get(feature) ?? 0) + 1);
  return [...documents].filter(([, count]) => count >= MIN_DOCUMENTS).map(([feature]) => feature).sort();
}

function probability(model: { bias: number; weights: Float64Array }, index: Map<string, number>, features: string[]): number {
  let z = model.bias;
  for (const feature of features) {
    const j = index.get(feature);
    if (j !== undefined) z += model.weights[j]!;
  }
  return 1 / (1 + Math.exp(-z));
}

/** The threshold from out-of-fold probabilities: each case is scored by a model that never saw it. */
function chooseThreshold(examples: Example[]): number {
  const outOfFold = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const training = examples.filter((_, i) => i % FOLDS !== fold);
    const vocabulary = vocabularyOf(training);
    const model = fit(training, vocabulary);
    const index = new Map(vocabulary.map((feature, i) => [feature, i]));
    examples.forEach((example, i) => {
      if (i % FOLDS === fold) outOfFold[i] = probability(model, index, example.features);
    });
  }
  const none = examples.map((example, i) => ({ example, p: outOfFold[i]! })).filter(({ example }) => example.label === 'none');
  for (const threshold of THRESHOLDS) {
    const added = none.filter(({ example, p }) => example.rulesLevel === 'none' && p > threshold).length / none.length;
    if (added <= MAX_ADDED_NONE_FLAGGED) return threshold;
  }
  return THRESHOLDS[THRESHOLDS.length - 1]!;
}

export function trainSecondLook(messages: LabelledMessage[] = trainingMessages()): SecondLookModelData {
  const examples = examplesOf(messages);
  const threshold = chooseThreshold(examples);
  const vocabulary = vocabularyOf(examples);
  const model = fit(examples, vocabulary);
  const weights = vocabulary
    .map((feature, i): [string, number] => [feature, Math.round(model.weights[i]! * 10_000) / 10_000])
    .filter(([, weight]) => Math.abs(weight) >= 0.005)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    description: 'Word and word-pair weights towards risk, strongest first. "~word" is a word a negation reaches. Regenerate with npm run safety:train; never edit by hand.',
    trainedOn: TRAINING_FILES,
    threshold,
    bias: Math.round(model.bias * 10_000) / 10_000,
    weights,
  };
}
