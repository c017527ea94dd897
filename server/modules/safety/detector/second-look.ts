// The second look: small neural networks that read every message after the rules. Rules miss phrasings
// nobody wrote a rule for; the networks, trained on our own labelled cases from many writers, have seen the
// words people in distress use across many phrasings, and how words weigh together.
// - Their risk reading can raise a message the rules left at none to concern (a person reads it).
// - Their urgency reading can raise a message already flagged (by a rule or by risk) to urgent.
// Neither ever lowers what a rule found. The evidence is the words that weighed most, so staff can see why.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { highestLevel, type RulesFinding } from './assess.js';
import { NetworkEnsemble } from './network-ensemble.js';
import { bucketsOf, type Probabilities, type SecondLookNetwork } from './second-look-network.js';
import type { RiskSignal } from './types.js';

const NEGATIONS = new Set(['not', 'no', 'never', 'dont', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'didnt', 'doesnt', 'aint', 'nothing', 'nunca', 'ni', 'tampoco', 'jamas', 'nada']);
/** How many words after a negation are read as negated ("not going to die" is not "going to die"). */
const NEGATION_REACH = 3;
/** Letter sequences of these lengths catch misspellings, inflections and Spanish word endings. */
const CHARACTER_GRAM_SIZES = [3, 4, 5];
/**
 * Small words carry weight (people in distress write "i" and "me" more), but they explain nothing to the
 * person reading the alert, so evidence names other words.
 */
const SMALL_WORDS = new Set([
  'i', 'me', 'my', 'im', 'a', 'an', 'the', 'and', 'or', 'of', 'to', 'it', 'is', 'be', 'so', 'in', 'on', 'at', 'for', 'with', 'that', 'this',
  'just', 'all', 'up', 'was', 'have', 'do', 'dont', 'not', 'no', 'its', 'but', 'y', 'de', 'la', 'el', 'que', 'mi', 'ya', 'lo', 'en', 'es',
  'se', 'un', 'una', 'los', 'las', 'por', 'con', 'para', 'pero', 'le', 'del', 'al',
]);
/** Words (blanked idioms, all underscores, are not words) and the marks that end a clause. */
const TOKENS = /[a-z0-9ñ][a-z0-9ñ_]*|[.,;:!?]/g;
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?']);
/** Words and pairs: not letter sequences (#), rule categories (@) or a blanked idiom's words (%). */
const isWordFeature = (feature: string) => !feature.startsWith('#') && !feature.startsWith('@') && !feature.startsWith('%');
const explains = (feature: string) => isWordFeature(feature) && feature.replaceAll('~', '').split(' ').some((word) => !SMALL_WORDS.has(word));

function wordFeatures(prepared: string, features: Set<string>): string[] {
  const words: Array<string | null> = [];
  const plain: string[] = [];
  let negated = 0;
  for (const [token] of prepared.matchAll(TOKENS)) {
    if (CLAUSE_END.has(token)) {
      negated = 0;
      words.push(null);
      continue;
    }
    if (negated === 0 && !token.includes('_')) plain.push(token);
    words.push(negated > 0 ? `~${token}` : token);
    if (NEGATIONS.has(token)) negated = NEGATION_REACH;
    else if (negated > 0) negated -= 1;
  }
  words.forEach((word, i) => {
    if (word === null) return;
    features.add(word);
    const next = words[i + 1];
    if (next) features.add(`${word} ${next}`);
  });
  return plain;
}

/** The words blanked as an idiom: underscores in the prepared text stand where they were in the rewritten one. */
function idiomWords(prepared: string, rewritten: string): string[] {
  if (!prepared.includes('_') || prepared.length !== rewritten.length) return [];
  const letters = [...prepared].map((character, i) => (character === '_' ? rewritten[i] : ' ')).join('');
  return letters.match(/[a-z0-9ñ]+/g) ?? [];
}

/**
 * What the models read in an already prepared message (normalised, slang rewritten, idioms blanked): each
 * word and each pair of neighbours within a clause, words a negation reaches marked "~"; letter sequences
 * ("#" and three to five letters, spaces marking word edges) of the words no negation reaches, so "never kill
 * myself" does not read as "kill myself"; the categories of the rules that fired ("@") and of those whose words a
 * negation or the past explained away ("@~"); and "@idiom" with the blanked idiom's own words ("%trafico"), which the
 * rules may not read but which tell of the everyday talk around them ("en el puente, hay mucho trafico").
 */
export function secondLookFeatures(prepared: string, rules: RulesFinding = { signals: [], explainedAway: [] }, rewritten = prepared): string[] {
  const features = new Set<string>();
  const plain = wordFeatures(prepared, features);
  for (const word of idiomWords(prepared, rewritten)) features.add(`%${word}`);
  const letters = ` ${plain.join(' ')} `;
  for (const size of CHARACTER_GRAM_SIZES) {
    for (let i = 0; i + size <= letters.length; i += 1) features.add(`#${letters.slice(i, i + size)}`);
  }
  if (prepared.includes('_')) features.add('@idiom');
  for (const signal of rules.signals) features.add(`@${signal.category}`);
  for (const category of rules.explainedAway) features.add(`@~${category}`);
  return [...features];
}

const networkSchema = z.object({
  /** Base64 of the input weights as signed bytes, bucket-major; each times inputScale is the weight. */
  inputWeights: z.string(),
  inputScale: z.number().positive(),
  hiddenBias: z.array(z.number()),
  /** Per hidden unit: [towards risk, towards urgency]. */
  outputWeights: z.array(z.tuple([z.number(), z.number()])),
  outputBias: z.tuple([z.number(), z.number()]),
});

export const secondLookModelSchema = z
  .object({
    description: z.string(),
    trainedOn: z.object({ files: z.array(z.string()), fingerprint: z.string() }),
    thresholds: z.object({
      /** Above this probability of risk, a message the rules left at none becomes concern. */
      concern: z.number().min(0).max(1),
      /** Above this probability of urgency, a flagged message becomes urgent. */
      urgent: z.number().min(0).max(1),
    }),
    /** How many buckets features hash to (a power of two), and the hidden layer's size. */
    buckets: z.number().int().positive().refine((buckets) => (buckets & (buckets - 1)) === 0, 'a power of two'),
    hidden: z.number().int().positive(),
    networks: z.array(networkSchema).min(1),
  })
  .superRefine((model, context) => {
    model.networks.forEach((network, i) => {
      const sized = (length: number, expected: number, field: string) => {
        if (length !== expected) context.addIssue({ code: z.ZodIssueCode.custom, path: ['networks', i, field], message: `expected ${expected} values, found ${length}` });
      };
      sized(Buffer.from(network.inputWeights, 'base64').length, model.buckets * model.hidden, 'inputWeights');
      sized(network.hiddenBias.length, model.hidden, 'hiddenBias');
      sized(network.outputWeights.length, model.hidden, 'outputWeights');
    });
  });
export type SecondLookModelData = z.infer<typeof secondLookModelSchema>;
export interface SecondLookModel {
  thresholds: SecondLookModelData['thresholds'];
  networks: NetworkEnsemble;
}

export function secondLookModelFrom(data: SecondLookModelData): SecondLookModel {
  const network = (published: SecondLookModelData['networks'][number]): SecondLookNetwork => {
    const bytes = Buffer.from(published.inputWeights, 'base64');
    return {
      input: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      inputScale: published.inputScale,
      hiddenBias: Float64Array.from(published.hiddenBias),
      output: Float64Array.from(published.outputWeights.flat()),
      outputBias: published.outputBias,
    };
  };
  return { thresholds: data.thresholds, networks: new NetworkEnsemble(data.networks.map(network), data.buckets, data.hidden) };
}

export function loadSecondLookModel(): SecondLookModel {
  return secondLookModelFrom(secondLookModelSchema.parse(JSON.parse(readFileSync(new URL('./rules/second-look.json', import.meta.url), 'utf8'))));
}

export function secondLookProbabilities(features: readonly string[], model: SecondLookModel): Probabilities {
  return model.networks.probabilities(bucketsOf(features, model.networks.buckets));
}

/** The present words (other than small ones) that raised the outcome's probability most, strongest first. */
function evidenceOf(features: readonly string[], model: SecondLookModel, outcome: 0 | 1): string {
  const words = features.filter(explains);
  const { buckets } = model.networks;
  const contributions = model.networks.contributions(bucketsOf(features, buckets), words.map((word) => bucketsOf([word], buckets)[0]!), outcome);
  const strongest = words
    .map((word, i): [string, number] => [word, contributions[i]!])
    .filter(([, contribution]) => contribution > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([word]) => word);
  return strongest.join(', ') || 'the message as a whole';
}

/**
 * What the second look adds to the rules' signals: concern for a message the rules left at none and the networks
 * read as risk; urgent for a flagged message they read as urgent; otherwise nothing.
 * Both readings come from one pass of the networks.
 */
export function secondLookSignals(prepared: string, rules: RulesFinding, model: SecondLookModel, rewritten = prepared): RiskSignal[] {
  const rulesLevel = highestLevel(rules.signals);
  if (rulesLevel === 'urgent') return [];
  const features = secondLookFeatures(prepared, rules, rewritten);
  const { risk, urgent } = secondLookProbabilities(features, model);
  const raisedToConcern = rulesLevel === 'none' && risk > model.thresholds.concern;
  if (rulesLevel === 'none' && !raisedToConcern) return [];
  if (urgent > model.thresholds.urgent) {
    return [{ rule: 'second_look.urgent', category: 'second_look', level: 'urgent', evidence: evidenceOf(features, model, 1) }];
  }
  return raisedToConcern ? [{ rule: 'second_look', category: 'second_look', level: 'concern', evidence: evidenceOf(features, model, 0) }] : [];
}
