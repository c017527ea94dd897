// The risk detector's public face. Everything is loaded and compiled once, when this module loads;
// detectRisk is synchronous and does no I/O.
import { assessPrepared, assessText, highestLevel, prepare } from './assess.js';
import { compileLanguage, type CompiledLanguage } from './compile.js';
import { loadLanguageRules, loadVersion } from './load-rules.js';
import { normalise } from './normalise.js';
import { resolveLanguage } from './language.js';
import { loadSecondLookModel, secondLookSignal } from './second-look.js';
import type { DetectorLanguage, RiskAssessment } from './types.js';

export type { RiskAssessment, RiskLevel, RiskSignal } from './types.js';

export const RULES_VERSION: string = loadVersion().version;

const LANGUAGES: Record<DetectorLanguage, CompiledLanguage> = {
  en: compileLanguage(loadLanguageRules('en')),
  es: compileLanguage(loadLanguageRules('es')),
};
const SECOND_LOOK = loadSecondLookModel();

/**
 * V8 compiles each regular expression on its first use and again, to machine code, soon after: about
 * a second for all the rules. A server runs this once at start so the first person who writes in
 * crisis does not wait for it.
 */
export function warmUp(): void {
  for (const lang of Object.keys(LANGUAGES) as DetectorLanguage[]) {
    for (let pass = 0; pass < 3; pass += 1) assessText('warming up: tonight the pills, goodbye. i used to, but now', LANGUAGES[lang]);
  }
}

/** Unknown languages are guessed between English and Spanish from simple cues, defaulting to English. */
export function detectRisk(text: string, lang: string): RiskAssessment {
  const resolved = resolveLanguage(lang ?? '', lang === 'en' || lang === 'es' ? '' : normalise(text));
  const prepared = prepare(text ?? '', LANGUAGES[resolved]);
  const signals = assessPrepared(prepared, LANGUAGES[resolved]);
  // When unsure, concern rather than none: words the rules found nothing in get a second look.
  if (highestLevel(signals) === 'none') {
    const look = secondLookSignal(prepared, SECOND_LOOK);
    if (look) signals.push(look);
  }
  return { level: highestLevel(signals), signals, rulesVersion: RULES_VERSION, lang: resolved };
}
