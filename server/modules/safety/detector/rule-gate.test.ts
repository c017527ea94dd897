// The gate may skip a rule only when the rule cannot match: checked on every labelled message we have (with the
// rules of its language) and every rule example, against running every rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepare } from './assess.js';
import { compileLanguage } from './compile.js';
import { parseLabelledFile } from './labelled.js';
import { loadLanguageRules } from './load-rules.js';
import { requiredLiterals } from './required-literals.js';
import { buildRuleGate } from './rule-gate.js';
import type { DetectorLanguage } from './types.js';

const LABELLED_SETS = ['regression-set.jsonl', 'generalisation-set.jsonl', 'training-set.jsonl', 'blind-set.jsonl'];

function textsFor(lang: DetectorLanguage): string[] {
  const labelled = LABELLED_SETS.flatMap((file) => parseLabelledFile(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')));
  const examples = loadLanguageRules(lang).rules.flatMap((rule) => [...rule.examples, ...(rule.counterExamples ?? [])]);
  // A message is read by the rules of its own language only (detectRisk picks one).
  return [...labelled.filter((message) => message.lang === lang).map((message) => message.text), ...examples];
}

describe('required literals of a pattern', () => {
  it('takes the rarest required part of a sequence and every branch of an alternation', () => {
    expect(requiredLiterals('(?:he|she) is (?:going|about) to jump')).toEqual([' to jump']);
    expect(requiredLiterals('pills?|overdos(?:e|ing)')).toEqual(['pill', 'overdos']);
    expect(requiredLiterals('(?:took|swallowed) (?:all|every) (?:[a-z0-9]+ ){0,2}(?:pills|tablets)')).toEqual(['pills', 'tablets']);
  });

  it('requires nothing of optional parts, classes and lookarounds, but keeps literals either side of a zero-width check adjacent', () => {
    expect(requiredLiterals('(?:really )?sad')).toEqual(['sad']);
    expect(requiredLiterals('[0-9]+ pills')).toEqual([' pills']);
    expect(requiredLiterals('knife(?<!kitchen knife)s')).toEqual(['knifes']);
    expect(requiredLiterals('\\bgoodbye\\b')).toEqual(['goodbye']);
    expect(requiredLiterals('(?=die)')).toBeNull();
    expect(requiredLiterals('[a-z]+ing')).toEqual(['ing']);
    expect(requiredLiterals('die|[a-z]+')).toBeNull();
    expect(requiredLiterals('a\\.m\\.')).toEqual(['a.m.']);
  });

  it('refuses an unbalanced pattern rather than guess', () => {
    expect(() => requiredLiterals('(?:die')).toThrow(/unbalanced/);
    expect(() => requiredLiterals('die)')).toThrow(/unbalanced/);
  });
});

describe('the rule gate', () => {
  it('finds every rule whose literals appear, overlapping ones included', () => {
    const gate = buildRuleGate(['she said', 'he', 'said goodbye', '[a-z]+']);
    expect([...gate.candidates('she said goodbye')]).toEqual([1, 1, 1, 1]);
    expect([...gate.candidates('he left')]).toEqual([0, 1, 0, 1]);
    expect([...gate.candidates('nothing')]).toEqual([0, 0, 0, 1]);
    expect(gate.ungated).toEqual([3]);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`never skips a ${lang} rule that matches, and skips most rules on everyday messages`, () => {
      const language = compileLanguage(loadLanguageRules(lang));
      expect(language.ruleGate.ungated).toEqual([]);
      const missed: string[] = [];
      for (const text of textsFor(lang)) {
        const prepared = prepare(text, language);
        const candidates = language.ruleGate.candidates(prepared);
        language.rules.forEach((rule, index) => {
          rule.pattern.lastIndex = 0;
          if (rule.pattern.test(prepared) && candidates[index] === 0) missed.push(`${rule.id}: ${prepared}`);
        });
      }
      expect(missed).toEqual([]);

      const everyday = prepare(lang === 'en' ? 'thanks for listening yesterday, it really helped' : 'gracias por escucharme ayer, me ayudo mucho', language);
      const candidates = language.ruleGate.candidates(everyday).reduce((sum, flag) => sum + flag, 0);
      expect(candidates).toBeLessThan(language.rules.length / 4);
    }, 60_000);
  }
});
