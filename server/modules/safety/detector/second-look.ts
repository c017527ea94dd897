// The second look: two word-weight models that read every message after the rules. Rules miss phrasings
// nobody wrote a rule for; the models, trained on our own labelled cases from many writers, have seen the
// words people in distress use across many phrasings.
// - The risk model can raise a message the rules left at none to concern (a person reads it).
// - The urgency model can raise a message already flagged (by a rule or the risk model) to urgent.
// Neither ever lowers what a rule found. The evidence is the words that weighed most, so staff can see why.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { highestLevel, type RulesFinding } from './assess.js';
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
const isWordFeature = (feature: string) => !feature.startsWith('#') && !feature.startsWith('@');
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

/**
 * What the models read in an already prepared message (normalised, slang rewritten, idioms blanked): each
 * word and each pair of neighbours within a clause, words a negation reaches marked "~"; letter sequences
 * ("#" and three to five letters, spaces marking word edges) of the words no negation reaches, so "never kill
 * myself" does not read as "kill myself"; the categories of the rules that fired ("@") and of those whose words a
 * negation or the past explained away ("@~").
 */
export function secondLookFeatures(prepared: string, rules: RulesFinding = { signals: [], explainedAway: [] }): string[] {
  const features = new Set<string>();
  const plain = wordFeatures(prepared, features);
  const letters = ` ${plain.join(' ')} `;
  for (const size of CHARACTER_GRAM_SIZES) {
    for (let i = 0; i + size <= letters.length; i += 1) features.add(`#${letters.slice(i, i + size)}`);
  }
  for (const signal of rules.signals) features.add(`@${signal.category}`);
  for (const category of rules.explainedAway) features.add(`@~${category}`);
  return [...features];
}

const headSchema = z.object({
  bias: z.number(),
  /** [feature, weight], strongest towards the head's outcome first. */
  weights: z.array(z.tuple([z.string(), z.number()])),
});

export const secondLookModelSchema = z.object({
  description: z.string(),
  trainedOn: z.object({ files: z.array(z.string()), fingerprint: z.string() }),
  thresholds: z.object({
    /** Above this probability of risk, a message the rules left at none becomes concern. */
    concern: z.number().min(0).max(1),
    /** Above this probability of urgency, a flagged message becomes urgent. */
    urgent: z.number().min(0).max(1),
  }),
  risk: headSchema,
  urgent: headSchema,
});
export type SecondLookModelData = z.infer<typeof secondLookModelSchema>;
export interface SecondLookHead {
  bias: number;
  weights: Map<string, number>;
}
export interface SecondLookModel {
  thresholds: SecondLookModelData['thresholds'];
  risk: SecondLookHead;
  urgent: SecondLookHead;
}

export function secondLookModelFrom(data: SecondLookModelData): SecondLookModel {
  const head = ({ bias, weights }: z.infer<typeof headSchema>): SecondLookHead => ({ bias, weights: new Map(weights) });
  return { thresholds: data.thresholds, risk: head(data.risk), urgent: head(data.urgent) };
}

export function loadSecondLookModel(): SecondLookModel {
  return secondLookModelFrom(secondLookModelSchema.parse(JSON.parse(readFileSync(new URL('./rules/second-look.json', import.meta.url), 'utf8'))));
}

export function probabilityOf(features: readonly string[], head: SecondLookHead): number {
  let z = head.bias;
  for (const feature of features) z += head.weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The present words (other than small ones) that raised the probability most, strongest first. */
function evidenceOf(features: readonly string[], head: SecondLookHead): string {
  const words = features
    .map((feature): [string, number] => [feature, head.weights.get(feature) ?? 0])
    .filter(([feature, weight]) => weight > 0 && explains(feature))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([feature]) => feature);
  return words.join(', ') || 'the message as a whole';
}

/**
 * The rules read risky words and a negation or the past explained every one away ("i would never kill myself",
 * "i used to cut"): the writer has told us, and a word model does not overrule that to raise concern.
 */
export function rulesExplainedAway(rules: RulesFinding): boolean {
  return rules.explainedAway.length > 0 && highestLevel(rules.signals) === 'none';
}

/**
 * What the second look adds to the rules' signals: concern for a message the rules left at none and the risk
 * model reads as risk; urgent for a flagged message the urgency model reads as urgent; otherwise nothing.
 * Most messages end below the risk threshold with no rule fired, so the urgency model is not consulted for them.
 */
export function secondLookSignals(prepared: string, rules: RulesFinding, model: SecondLookModel): RiskSignal[] {
  const rulesLevel = highestLevel(rules.signals);
  if (rulesLevel === 'urgent') return [];
  const features = secondLookFeatures(prepared, rules);
  const raisedToConcern = rulesLevel === 'none' && !rulesExplainedAway(rules) && probabilityOf(features, model.risk) > model.thresholds.concern;
  if (rulesLevel === 'none' && !raisedToConcern) return [];
  if (probabilityOf(features, model.urgent) > model.thresholds.urgent) {
    return [{ rule: 'second_look.urgent', category: 'second_look', level: 'urgent', evidence: evidenceOf(features, model.urgent) }];
  }
  return raisedToConcern ? [{ rule: 'second_look', category: 'second_look', level: 'concern', evidence: evidenceOf(features, model.risk) }] : [];
}
