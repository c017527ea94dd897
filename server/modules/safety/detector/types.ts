// Shared types of the detector: the public result shapes and the shape of the rule data files.
// The data files are written for clinical reviewers, so their shape favours readability over brevity.

export type RiskLevel = 'none' | 'concern' | 'urgent';
export type DetectorLanguage = 'en' | 'es';

export interface RiskSignal {
  rule: string;
  category: string;
  level: RiskLevel;
  /** The words that matched (after normalisation), so a reviewer sees why the rule fired. */
  evidence: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  signals: RiskSignal[];
  rulesVersion: string;
  lang: DetectorLanguage;
}

/** Which context checks may cancel a rule's match (all default to true). */
export interface RuleScopes {
  /** "I'm not suicidal": a negation word just before the match, in the same clause, cancels it. */
  negation?: boolean;
  /** "I used to cut, 2 years clean": a history or recovery marker in the same sentence cancels it. */
  history?: boolean;
  /** "What are the warning signs of suicide?": an education, fiction or hypothetical frame cancels it. */
  frame?: boolean;
}

export interface RuleData {
  id: string;
  category: string;
  /** 'none' marks a context signal: it only counts through a combination rule. */
  level: RiskLevel;
  description: string;
  patterns: string[];
  scopes?: RuleScopes;
  examples: string[];
  /** Messages that must NOT fire this rule (traps reviewers have thought about). */
  counterExamples?: string[];
}

export interface CombinationData {
  id: string;
  level: RiskLevel;
  description: string;
  /** Fires when at least one category of every group is present. */
  allOf: string[][];
  /** A disavowal ("I'm not going to", "no lo voy a hacer") keeps this combination from firing. */
  cancelledByDisavowal: boolean;
  examples: string[];
}

export interface LanguageRulesData {
  lang: DetectorLanguage;
  description: string;
  /** Slang and common misspellings rewritten to a canonical form before matching ("kms" -> "kill myself"). */
  spelling: { from: string; to: string; note?: string }[];
  /** Named word lists; a pattern uses them as {NAME}. Entries are small regular expressions. */
  lexicons: Record<string, string[]>;
  /** Figures of speech that look like risk but are not; their words are blanked before rules run. */
  idioms: { id: string; description: string; patterns: string[]; examples: string[] }[];
  scopes: {
    /** Words that negate what follows in the same clause. */
    negation: string[];
    /** Phrases after a negation word that keep the meaning positive ("can't stop", "don't care if"). */
    negationExceptions: string[];
    /** Words that start a new clause (ending a negation's reach). */
    clauseBreaks: string[];
    /** Markers that place a sentence in the past or in recovery. */
    history: string[];
    /** Markers that bring a sentence back to now, overriding history ("again", "last night"). */
    recency: string[];
    /** Message-level frames: education, fiction, hypotheticals about nobody in particular. */
    frames: string[];
    /** Statements that disavow intent, which keep combination rules from escalating to urgent. */
    disavowal: string[];
    /** Words that turn a message around after a disavowal ("I'm not suicidal but I have the pills here"): a disavowal
     * followed by one of these no longer keeps combinations from firing. */
    contrast?: string[];
    /** Words that bring a sentence back to now after a history marker, for what follows them ("i used to cut, now ..."). */
    turns?: string[];
  };
  rules: RuleData[];
  combinations: CombinationData[];
}

export interface VersionData {
  version: string;
  notes: string;
}
