// Trains the second look (second-look.ts) from our own labelled cases and chooses its thresholds without
// looking at any held-out set. Deterministic: the same files give the same weights.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { assessPrepared, blankIdioms, highestLevel, rewrite } from './assess.js';
import { compileLanguage, type CompiledLanguage } from './compile.js';
import { parseLabelledLine, type LabelledMessage } from './labelled.js';
import { resolveLanguage } from './language.js';
import { loadLanguageRules } from './load-rules.js';
import { normalise } from './normalise.js';
import { secondLookFeatures, type SecondLookModelData } from './second-look.js';
import { NetworkEnsemble } from './network-ensemble.js';
import { bucketsOf, hiddenSums, outputsOf, type Probabilities, type SecondLookNetwork } from './second-look-network.js';
import type { RiskLevel } from './types.js';

/**
 * Our own cases. The generalisation set's held-out half, blind-set.jsonl and held-out-writers.jsonl are never
 * trained on.
 */
export const TRAINING_FILES = ['regression-set.jsonl', 'generalisation-set.jsonl (tune split)', 'training-set.jsonl'];
/** Files whose change makes the committed model stale: the training sets and the rules whose categories it reads. */
const FINGERPRINTED_FILES = ['regression-set.jsonl', 'generalisation-set.jsonl', 'training-set.jsonl', 'rules/en.json', 'rules/es.json'];
const SETTINGS = {
  /** Named here so that a change to what the networks read also changes the fingerprint. */
  features: 'words, pairs, letter sequences of words no negation reaches, rule categories fired and explained away, blanked idioms and their words',
  /** Features hash to 2^14 buckets: more buckets did no better leaving one writer out, and the file stays small. */
  buckets: 16_384,
  /**
   * With eighty-seven writers, 32 hidden units and five epochs caught about 4 points more urgent messages on three
   * rounds of fresh writers than 16 units and three epochs, at about one point more of none flagged; 48 units or
   * seven epochs did no better. The price is about 45 us more per message and a 2 MB file.
   */
  hidden: 32,
  /**
   * Networks from different starting points, averaged: steadier probabilities than any one of them. Out of fold
   * (five folds), six caught about 1 point more urgent and 0.7 more risky messages than three at the same share of
   * none flagged; nine no more than six. Summed in WebAssembly (network-ensemble.ts), six cost less time than three
   * did in JavaScript.
   */
  networks: 6,
  /** Out-of-fold scores come from this many groups of whole writers, each scored by networks trained on the others. */
  folds: 10,
  epochs: 5,
  learningRate: 0.05,
  /** The learning rate is divided by 1 + decay × epoch. */
  decay: 0.3,
  l2: 0.00001,
  /** A bucket seen in fewer training cases keeps a zero row: it has not been learned. */
  minDocuments: 2,
  /**
   * "When unsure, concern rather than none": the networks flag what they read as at least as likely risky as not, so
   * the concern threshold is the first of `concernThresholds` (0.5) unless, out of fold, the whole detector would then
   * flag more than the target's share of the messages of writers who wrote only everyday talk (most of a program's
   * traffic); then the lowest threshold that keeps within it. Until .12 it raised at most 6% of all our none cases
   * (hard traps written on purpose among them) and 3% of everyday ones: 0.70, which left unflagged messages the
   * networks read as two-to-one risky.
   */
  maxEverydayFlagged: 0.1,
  /** The urgent threshold is the lowest that, out of fold, raises at most this share of our "concern" cases. */
  maxConcernRaisedToUrgent: 0.08,
  concernThresholds: [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.96, 0.97, 0.98, 0.99],
  urgentThresholds: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
};

export interface TrainingMessage extends LabelledMessage {
  /** Who wrote it: thresholds are chosen on writers the model was not trained on. */
  writer: string;
}

interface Example {
  buckets: Int32Array;
  label: RiskLevel;
  rulesLevel: RiskLevel;
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
    const rewritten = rewrite(message.text, language);
    const prepared = blankIdioms(rewritten, language);
    const rules = assessPrepared(prepared, language);
    return {
      buckets: bucketsOf(secondLookFeatures(prepared, rules, rewritten), SETTINGS.buckets),
      label: message.label,
      rulesLevel: highestLevel(rules.signals),
      writer: message.writer,
    };
  });
}

/** A small generator of the same numbers on every machine, in [-0.5, 0.5). */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

/** Stochastic gradient descent on both outcomes' logistic loss, one case at a time in a shuffled order each epoch. */
function fitNetwork(examples: Example[], seed: number): SecondLookNetwork {
  const { buckets, hidden } = SETTINGS;
  const random = randomFrom(seed);
  const documents = new Uint32Array(buckets);
  for (const example of examples) for (const bucket of example.buckets) documents[bucket]! += 1;
  const learned = (bucket: number) => documents[bucket]! >= SETTINGS.minDocuments;
  const rows = examples.map((example) => example.buckets.filter(learned));
  const input = Float32Array.from({ length: buckets * hidden }, () => random() * 0.1);
  const hiddenBias = new Float32Array(hidden);
  const output = Float32Array.from({ length: hidden * 2 }, () => random() * 0.3);
  const outputBias: [number, number] = [0, 0];
  const network: SecondLookNetwork = { input, inputScale: 1, hiddenBias, output, outputBias };
  const order = examples.map((_, i) => i);
  const hiddenError = new Float64Array(hidden);
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor((random() + 0.5) * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = SETTINGS.learningRate / (1 + epoch * SETTINGS.decay);
    for (const i of order) {
      const row = rows[i]!;
      const sums = hiddenSums(network, row, hidden);
      const [risk, urgent] = outputsOf(network, sums);
      const riskError = risk - isRisk(examples[i]!);
      const urgentError = urgent - isUrgent(examples[i]!);
      for (let unit = 0; unit < hidden; unit += 1) {
        const activation = Math.max(0, sums[unit]!);
        hiddenError[unit] = activation > 0 ? riskError * output[unit * 2]! + urgentError * output[unit * 2 + 1]! : 0;
        output[unit * 2]! -= rate * riskError * activation;
        output[unit * 2 + 1]! -= rate * urgentError * activation;
        hiddenBias[unit]! -= rate * hiddenError[unit]!;
      }
      outputBias[0] -= rate * riskError;
      outputBias[1] -= rate * urgentError;
      for (const bucket of row) {
        for (let unit = 0; unit < hidden; unit += 1) input[bucket * hidden + unit]! -= rate * (hiddenError[unit]! + SETTINGS.l2 * input[bucket * hidden + unit]!);
      }
    }
  }
  for (let bucket = 0; bucket < buckets; bucket += 1) if (!learned(bucket)) input.fill(0, bucket * hidden, (bucket + 1) * hidden);
  return rounded(network);
}

/** What is published: input weights as whole numbers from -127 to 127 times one scale, the rest to six places. */
function rounded(network: SecondLookNetwork): SecondLookNetwork {
  let largest = 0;
  for (let i = 0; i < network.input.length; i += 1) largest = Math.max(largest, Math.abs(network.input[i]!));
  const inputScale = largest / 127;
  const places = (value: number) => Math.round(value * 1e6) / 1e6;
  return {
    input: Int8Array.from(network.input, (weight) => Math.round(weight / inputScale)),
    inputScale,
    hiddenBias: Array.from(network.hiddenBias, places),
    output: Array.from(network.output, places),
    outputBias: [places(network.outputBias[0]), places(network.outputBias[1])],
  };
}

function fitNetworks(examples: Example[]): SecondLookNetwork[] {
  return Array.from({ length: SETTINGS.networks }, (_, i) => fitNetwork(examples, 1 + i * 7919));
}

const isRisk = (example: Example) => (example.label === 'none' ? 0 : 1);
const isUrgent = (example: Example) => (example.label === 'urgent' ? 1 : 0);

/**
 * Whole writers dealt into folds, largest first to the smallest fold, so that every fold holds a similar number of
 * cases. Leaving each writer out alone trained a set of networks per writer, a time that grew with the square of
 * their number (twenty minutes here for ninety-five writers).
 */
function foldOfWriter(examples: Example[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const example of examples) sizes.set(example.writer, (sizes.get(example.writer) ?? 0) + 1);
  const writers = [...sizes].sort(([a, sizeA], [b, sizeB]) => sizeB - sizeA || a.localeCompare(b));
  const foldSizes = new Array<number>(Math.min(SETTINGS.folds, writers.length)).fill(0);
  const fold = new Map<string, number>();
  for (const [writer, size] of writers) {
    const smallest = foldSizes.indexOf(Math.min(...foldSizes));
    fold.set(writer, smallest);
    foldSizes[smallest]! += size;
  }
  return fold;
}

/** Each case scored by networks trained without its writer's cases (nor those of the other writers in its fold). */
function outOfFold(examples: Example[]): Probabilities[] {
  const scores = examples.map(() => ({ risk: 0, urgent: 0 }));
  const foldOf = foldOfWriter(examples);
  for (const fold of new Set(foldOf.values())) {
    const networks = new NetworkEnsemble(fitNetworks(examples.filter((example) => foldOf.get(example.writer) !== fold)), SETTINGS.buckets, SETTINGS.hidden);
    examples.forEach((example, i) => {
      if (foldOf.get(example.writer) === fold) scores[i] = networks.probabilities(example.buckets);
    });
  }
  return scores;
}

type Scored = Probabilities & { example: Example };

function levelWith(scored: Scored, thresholds: SecondLookModelData['thresholds']): RiskLevel {
  const { example, risk, urgent } = scored;
  if (example.rulesLevel === 'urgent') return 'urgent';
  const flagged = example.rulesLevel === 'concern' || risk > thresholds.concern;
  if (!flagged) return 'none';
  return urgent > thresholds.urgent ? 'urgent' : 'concern';
}

function chooseThresholds(scored: Scored[]): SecondLookModelData['thresholds'] {
  const share = (cases: Scored[], raised: (score: Scored) => boolean) => (cases.length === 0 ? 0 : cases.filter(raised).length / cases.length);
  const labelled = (label: RiskLevel) => scored.filter(({ example }) => example.label === label);
  const writersWithRisk = new Set(scored.filter(({ example }) => example.label !== 'none').map(({ example }) => example.writer));
  const everyday = scored.filter(({ example }) => !writersWithRisk.has(example.writer));
  const flaggedAt = (threshold: number) => (score: Scored) => levelWith(score, { concern: threshold, urgent: 1 }) !== 'none';
  const concern = SETTINGS.concernThresholds.find((threshold) => share(everyday, flaggedAt(threshold)) <= SETTINGS.maxEverydayFlagged) ?? SETTINGS.concernThresholds.at(-1)!;
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

function published(network: SecondLookNetwork): SecondLookModelData['networks'][number] {
  const output = Array.from(network.output);
  return {
    inputWeights: Buffer.from(Int8Array.from(network.input).buffer).toString('base64'),
    inputScale: network.inputScale,
    hiddenBias: Array.from(network.hiddenBias),
    outputWeights: Array.from({ length: output.length / 2 }, (_, unit): [number, number] => [output[unit * 2]!, output[unit * 2 + 1]!]),
    outputBias: [network.outputBias[0], network.outputBias[1]],
  };
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
        'Networks whose averaged readings of risk and urgency raise what the rules found (second-look-network.ts). They read words and neighbouring word pairs ("~word": a word a negation reaches), "#" letter sequences, "@" categories of rules that fired and "@~" of rules whose words a negation or the past explained away, each hashed to a bucket. Regenerate with npm run safety:train; never edit by hand.',
      trainedOn: { files: TRAINING_FILES, fingerprint: trainingFingerprint() },
      thresholds,
      buckets: SETTINGS.buckets,
      hidden: SETTINGS.hidden,
      networks: fitNetworks(examples).map(published),
    },
    outOfFold: [...new Set(examples.map((example) => example.writer)), 'all'].map((writer) => {
      const cases = writer === 'all' ? scored : scored.filter(({ example }) => example.writer === writer);
      return { writer, rules: figures(cases, ({ example }) => example.rulesLevel), withSecondLook: figures(cases, (score) => levelWith(score, thresholds)) };
    }),
  };
}
