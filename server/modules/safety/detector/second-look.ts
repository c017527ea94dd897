// The second look: a word-weight model that reads every message the rules found nothing in. Rules miss
// phrasings nobody wrote a rule for; the model, trained on our own labelled cases, has seen the words
// people in distress use across many phrasings. It can only raise "none" to "concern" (a person reads it),
// never to urgent, and its evidence is the words that weighed most, so staff can see why.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RiskSignal } from './types.js';

const NEGATIONS = new Set(['not', 'no', 'never', 'dont', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'didnt', 'doesnt', 'aint', 'nothing', 'nunca', 'ni', 'tampoco', 'jamas', 'nada']);
/** How many words after a negation are read as negated ("not going to die" is not "going to die"). */
const NEGATION_REACH = 3;
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
const TOKENS = /[a-z0-9][a-z0-9_]*|[.,;:!?]/g;
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?']);
const explains = (feature: string) => feature.replaceAll('~', '').split(' ').some((word) => !SMALL_WORDS.has(word));

/**
 * The words of an already prepared message (normalised, slang rewritten, idioms blanked), each once, and
 * each pair of neighbours within a clause. Words a negation reaches are marked with "~".
 */
export function secondLookFeatures(prepared: string): string[] {
  const words: Array<string | null> = [];
  let negated = 0;
  for (const [token] of prepared.matchAll(TOKENS)) {
    if (CLAUSE_END.has(token)) {
      negated = 0;
      words.push(null);
      continue;
    }
    words.push(negated > 0 ? `~${token}` : token);
    if (NEGATIONS.has(token)) negated = NEGATION_REACH;
    else if (negated > 0) negated -= 1;
  }
  const features = new Set<string>();
  words.forEach((word, i) => {
    if (word === null) return;
    features.add(word);
    const next = words[i + 1];
    if (next) features.add(`${word} ${next}`);
  });
  return [...features];
}

export const secondLookModelSchema = z.object({
  description: z.string(),
  trainedOn: z.array(z.string()),
  /** Above this probability of risk, a message the rules left at none becomes concern. */
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  /** [word or word pair, weight], strongest towards risk first. */
  weights: z.array(z.tuple([z.string(), z.number()])),
});
export type SecondLookModelData = z.infer<typeof secondLookModelSchema>;
export type SecondLookModel = Omit<SecondLookModelData, 'weights'> & { weights: Map<string, number> };

export function loadSecondLookModel(): SecondLookModel {
  const data = secondLookModelSchema.parse(JSON.parse(readFileSync(new URL('./rules/second-look.json', import.meta.url), 'utf8')));
  return { ...data, weights: new Map(data.weights) };
}

export interface SecondLook {
  probability: number;
  /** The present words (other than small ones) that raised the probability most, strongest first. */
  evidence: string[];
}

function probabilityOf(features: string[], model: SecondLookModel): number {
  let z = model.bias;
  for (const feature of features) z += model.weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The present words (other than small ones) that raised the probability most, strongest first. */
function evidenceOf(features: string[], model: SecondLookModel): string[] {
  return features
    .map((feature): [string, number] => [feature, model.weights.get(feature) ?? 0])
    .filter(([feature, weight]) => weight > 0 && explains(feature))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([feature]) => feature);
}

export function secondLook(prepared: string, model: SecondLookModel): SecondLook {
  const features = secondLookFeatures(prepared);
  return { probability: probabilityOf(features, model), evidence: evidenceOf(features, model) };
}

/**
 * The second look's signal for a message the rules found nothing in: concern above the threshold, else
 * nothing. Most messages end below it, so the evidence is only worked out for those that do not.
 */
export function secondLookSignal(prepared: string, model: SecondLookModel): RiskSignal | null {
  const features = secondLookFeatures(prepared);
  if (probabilityOf(features, model) <= model.threshold) return null;
  return { rule: 'second_look', category: 'second_look', level: 'concern', evidence: evidenceOf(features, model).join(', ') || 'the message as a whole' };
}
