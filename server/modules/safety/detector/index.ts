// The risk detector's public face. Everything is loaded and compiled once, when this module loads;
// detectRisk is synchronous and does no I/O.
import { assessPrepared, blankIdioms, highestLevel, rewrite } from './assess.js';
import { compileLanguage, type CompiledLanguage } from './compile.js';
import { loadLanguageRules, loadVersion } from './load-rules.js';
import { normalise } from './normalise.js';
import { resolveLanguage } from './language.js';
import { loadSecondLookModel, secondLookSignals } from './second-look.js';
import type { DetectorLanguage, RiskAssessment } from './types.js';

export type { RiskAssessment, RiskLevel, RiskSignal } from './types.js';

export const RULES_VERSION: string = loadVersion().version;

const LANGUAGES: Record<DetectorLanguage, CompiledLanguage> = {
  en: compileLanguage(loadLanguageRules('en')),
  es: compileLanguage(loadLanguageRules('es')),
};
const SECOND_LOOK = loadSecondLookModel();
const WARM_UP_TEXT = 'warming up: tonight the pills, goodbye. i used to, but now';

/**
 * V8 compiles each regular expression on its first use and again, to machine code, soon after: about
 * a second for all the rules. A server runs this once at start so the first person who writes in
 * crisis does not wait for it. Every rule is run directly, since on any one message the rule gate skips most.
 */
export function warmUp(): void {
  for (const lang of Object.keys(LANGUAGES) as DetectorLanguage[]) {
    for (let pass = 0; pass < 3; pass += 1) {
      for (const rule of LANGUAGES[lang].rules) {
        rule.pattern.lastIndex = 0;
        rule.pattern.exec(WARM_UP_TEXT);
      }
      detectRisk(WARM_UP_TEXT, lang);
    }
  }
}

/** Unknown languages are guessed between English and Spanish from simple cues, defaulting to English. */
export function detectRisk(text: string, lang: string): RiskAssessment {
  const resolved = resolveLanguage(lang ?? '', lang === 'en' || lang === 'es' ? '' : normalise(text));
  const rewritten = rewrite(text ?? '', LANGUAGES[resolved]);
  const prepared = blankIdioms(rewritten, LANGUAGES[resolved]);
  const rules = assessPrepared(prepared, LANGUAGES[resolved]);
  // When unsure, concern rather than none; and what reads as urgent to models trained on many writers is
  // raised even where no rule names it.
  const signals = [...rules.signals, ...secondLookSignals(prepared, rules, SECOND_LOOK, rewritten)];
  return { level: highestLevel(signals), signals, rulesVersion: RULES_VERSION, lang: resolved };
}
