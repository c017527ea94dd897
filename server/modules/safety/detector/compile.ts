// Turns the readable rule data into regular expressions, once, at module load.
// Patterns are written against normalised text (see normalise.ts) and may use:
//   {NAME}  a lexicon from the same file, expanded to an alternation;
//   {W}     one optional word, {W2} {W3} {W4} {W6} up to that many words (never crossing punctuation).
// Every pattern is anchored on word boundaries, so "cut" never matches inside "cute".
import { buildRuleGate, type RuleGate } from './rule-gate.js';
import type { CombinationData, LanguageRulesData, RiskLevel, RuleScopes } from './types.js';

const WORD_GAPS: Record<string, string> = {
  W: '(?:[a-z0-9]+ )?',
  W2: '(?:[a-z0-9]+ ){0,2}',
  W3: '(?:[a-z0-9]+ ){0,3}',
  W4: '(?:[a-z0-9]+ ){0,4}',
  W6: '(?:[a-z0-9]+ ){0,6}',
};
const MACRO = /\{([A-Z][A-Z0-9_]*)\}/g; // {2} and {0,3} stay regex quantifiers
const MAX_NESTING = 4;

export interface CompiledRule {
  id: string;
  category: string;
  level: RiskLevel;
  /** All of the rule's patterns as one alternation: one scan per message instead of one per pattern. */
  pattern: RegExp;
  scopes: Required<RuleScopes>;
}

export interface CompiledLanguage {
  spelling: { from: RegExp; to: string }[];
  /** Any spelling entry, so messages without slang cost one scan. */
  anySpelling: RegExp;
  /** Every idiom pattern as one alternation. */
  idioms: RegExp;
  negationWindow: RegExp;
  negationExceptions: RegExp;
  clauseBreak: RegExp;
  history: RegExp;
  /** The same markers, global, to find where they are. */
  historyAll: RegExp;
  /** Words that turn a sentence back to now after a history marker ("but", "now", "tonight"). */
  turns: RegExp | null;
  recency: RegExp;
  frames: RegExp | null;
  disavowal: RegExp | null;
  /** A contrast after a disavowal cancels it. */
  contrast: RegExp | null;
  rules: CompiledRule[];
  /** Which rules could match a message at all, found in one pass, so the others are not run. */
  ruleGate: RuleGate;
  combinations: CombinationData[];
}

function expand(pattern: string, lexicons: Record<string, string[]>, where: string, depth = 0): string {
  if (depth > MAX_NESTING) throw new Error(`${where}: lexicons nest too deeply`);
  return pattern.replace(MACRO, (_, name: string) => {
    const gap = WORD_GAPS[name];
    if (gap) return gap;
    const entries = lexicons[name];
    if (!entries) throw new Error(`${where}: unknown lexicon {${name}}`);
    return `(?:${entries.map((entry) => expand(entry, lexicons, where, depth + 1)).join('|')})`;
  });
}

// \b rather than (?<![a-z0-9]): on normalised text they agree (no '_' or capitals sit next to a letter: idioms are
// blanked with '_' only between word boundaries), but a leading lookbehind stops V8 from skipping ahead to the
// positions where the alternation's first letters occur, and every rule then costs about twice as much per message.
// At the end, a match may not stop inside a word: unless its last character is a space or a mark, no letter may follow.
// A pattern that ends in a space (an optional word left out, "cutting ({W})") then matches before the next word.
function bounded(source: string): string {
  return `\\b(?:${source})(?:(?<![a-z0-9])|(?![a-z0-9]))`;
}

function anyOf(patterns: string[], lexicons: Record<string, string[]>, where: string, flags = ''): RegExp {
  return new RegExp(bounded(patterns.map((pattern) => expand(pattern, lexicons, where)).join('|')), flags);
}

export function compileLanguage(data: LanguageRulesData): CompiledLanguage {
  const { lexicons, scopes } = data;
  const at = (what: string) => `rules/${data.lang}.json ${what}`;
  const rules: CompiledRule[] = data.rules.map((rule) => ({
    id: rule.id,
    category: rule.category,
    level: rule.level,
    pattern: anyOf(rule.patterns, lexicons, at(rule.id), 'g'),
    scopes: { negation: rule.scopes?.negation ?? true, history: rule.scopes?.history ?? true, frame: rule.scopes?.frame ?? true },
  }));
  return {
    spelling: data.spelling.map(({ from, to }) => ({ from: new RegExp(bounded(expand(from, lexicons, at('spelling'))), 'g'), to })),
    anySpelling: anyOf(data.spelling.map(({ from }) => from), lexicons, at('spelling'), 'g'),
    idioms: anyOf(data.idioms.flatMap((idiom) => idiom.patterns), lexicons, at('idioms'), 'g'),
    // A negation word followed by at most three words and then the end of the text before the match.
    negationWindow: new RegExp(`${bounded(scopes.negation.map((n) => expand(n, lexicons, at('negation'))).join('|'))}(?: [a-z0-9]+){0,3} ?$`),
    negationExceptions: anyOf(scopes.negationExceptions.length ? scopes.negationExceptions : ['(?!)'], lexicons, at('negationExceptions'), 'g'),
    clauseBreak: new RegExp(`[.,!?;:\\n]|${bounded(scopes.clauseBreaks.map((b) => expand(b, lexicons, at('clauseBreaks'))).join('|'))}`, 'g'),
    history: anyOf(scopes.history, lexicons, at('history')),
    historyAll: anyOf(scopes.history, lexicons, at('history'), 'g'),
    turns: scopes.turns?.length ? anyOf(scopes.turns, lexicons, at('turns'), 'g') : null,
    recency: anyOf(scopes.recency, lexicons, at('recency')),
    frames: scopes.frames.length ? anyOf(scopes.frames, lexicons, at('frames'), 'g') : null,
    disavowal: scopes.disavowal.length ? anyOf(scopes.disavowal, lexicons, at('disavowal'), 'g') : null,
    contrast: scopes.contrast?.length ? anyOf(scopes.contrast, lexicons, at('contrast')) : null,
    rules,
    ruleGate: buildRuleGate(rules.map((rule) => rule.pattern.source)),
    combinations: data.combinations,
  };
}
