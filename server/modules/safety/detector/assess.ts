// Runs one language's compiled rules over a message and scores the result:
// normalise -> rewrite slang and misspellings -> blank idioms -> match rules (keeping only matches
// that survive their scopes) -> combination rules -> the highest level wins.
import type { CompiledLanguage } from './compile.js';
import { normalise } from './normalise.js';
import { contextOf, isHistorical, isNegated, type MessageContext } from './scopes.js';
import type { RiskLevel, RiskSignal } from './types.js';

const RANK: Record<RiskLevel, number> = { none: 0, concern: 1, urgent: 2 };

/** Normalised, with slang and misspellings rewritten: what the rules read, before idioms are blanked. */
export function rewrite(text: string, language: CompiledLanguage): string {
  // One combined scan finds slang; only the words it found are rewritten, entry by entry.
  return normalise(text).replace(language.anySpelling, (words) => {
    let rewritten = words;
    for (const { from, to } of language.spelling) rewritten = rewritten.replace(from, to);
    return rewritten;
  });
}

/** Blank idioms with underscores of the same length: their words vanish, but no rule can bridge them. */
export function blankIdioms(rewritten: string, language: CompiledLanguage): string {
  return rewritten.replace(language.idioms, (words) => '_'.repeat(words.length));
}

export function prepare(text: string, language: CompiledLanguage): string {
  return blankIdioms(rewrite(text, language), language);
}

const EXPLAINED_AWAY = Symbol('explained away');

/** The first match no negation or past explains away; EXPLAINED_AWAY when every match was; null with none. */
function firstSurvivingMatch(pattern: RegExp, context: MessageContext, language: CompiledLanguage, scopes: { negation: boolean; history: boolean }): string | typeof EXPLAINED_AWAY | null {
  let explainedAway = false;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(context.text); match; match = pattern.exec(context.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    if ((scopes.negation && isNegated(context, match.index, language)) || (scopes.history && isHistorical(context, match.index))) {
      explainedAway = true;
      continue;
    }
    return match[0].trim();
  }
  return explainedAway ? EXPLAINED_AWAY : null;
}

export interface RulesFinding {
  /** Every rule that fired, including context signals (level 'none') that only count through combinations. */
  signals: RiskSignal[];
  /** Categories of rules whose words were all explained away by a negation or the past ("never kill myself"). */
  explainedAway: string[];
}

function matchRules(context: MessageContext, language: CompiledLanguage): RulesFinding {
  const finding: RulesFinding = { signals: [], explainedAway: [] };
  const candidates = language.ruleGate.candidates(context.text);
  for (const [index, rule] of language.rules.entries()) {
    if (candidates[index] === 0) continue;
    if (rule.scopes.frame && context.framed) continue;
    const evidence = firstSurvivingMatch(rule.pattern, context, language, rule.scopes);
    if (evidence === EXPLAINED_AWAY) finding.explainedAway.push(rule.category);
    else if (evidence !== null) finding.signals.push({ rule: rule.id, category: rule.category, level: rule.level, evidence });
  }
  return finding;
}

function applyCombinations(signals: RiskSignal[], context: MessageContext, language: CompiledLanguage): RiskSignal[] {
  const combined: RiskSignal[] = [];
  const used = new Set<RiskSignal>();
  for (const combination of language.combinations) {
    if (combination.cancelledByDisavowal && context.disavowed) continue;
    const parts = combination.allOf.map((group) => signals.find((signal) => group.includes(signal.category)));
    if (parts.some((part) => part === undefined)) continue;
    for (const part of parts) used.add(part!);
    combined.push({
      rule: combination.id,
      category: 'combination',
      level: combination.level,
      evidence: parts.map((part) => part!.evidence).join(' + '),
    });
  }
  // Context signals are kept only when they explain a combination that fired.
  return [...signals.filter((signal) => signal.level !== 'none' || used.has(signal)), ...combined];
}

export function highestLevel(signals: RiskSignal[]): RiskLevel {
  let level: RiskLevel = 'none';
  for (const signal of signals) if (RANK[signal.level] > RANK[level]) level = signal.level;
  return level;
}

/** What the rules find in a message already through prepare(). */
export function assessPrepared(prepared: string, language: CompiledLanguage): RulesFinding {
  const context = contextOf(prepared, language);
  const { signals, explainedAway } = matchRules(context, language);
  return { signals: applyCombinations(signals, context, language), explainedAway };
}
