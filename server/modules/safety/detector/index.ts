// The risk detector's public face. Everything is loaded and compiled once, when this module loads;
// detectRisk is synchronous and does no I/O.
import { assessText, highestLevel } from './assess.js';
import { compileLanguage, type CompiledLanguage } from './compile.js';
import { loadLanguageRules, loadVersion } from './load-rules.js';
import { normalise } from './normalise.js';
import { resolveLanguage } from './language.js';
import type { DetectorLanguage, RiskAssessment } from './types.js';

export type { RiskAssessment, RiskLevel, RiskSignal } from './types.js';

export const RULES_VERSION: string = loadVersion().version;

const LANGUAGES: Record<DetectorLanguage, CompiledLanguage> = {
  en: compileLanguage(loadLanguageRules('en')),
  es: compileLanguage(loadLanguageRules('es')),
};

/** Unknown languages are guessed between English and Spanish from simple cues, defaulting to English. */
export function detectRisk(text: string, lang: string): RiskAssessment {
  const resolved = resolveLanguage(lang ?? '', lang === 'en' || lang === 'es' ? '' : normalise(text));
  const signals = assessText(text ?? '', LANGUAGES[resolved]);
  return { level: highestLevel(signals), signals, rulesVersion: RULES_VERSION, lang: resolved };
}
