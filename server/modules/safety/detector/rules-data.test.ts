// Keeps the clinician-facing data files honest: every rule's own examples must fire it,
// its counter-examples must not, and every combination's examples must fire it.
import { describe, expect, it } from 'vitest';
import { assessPrepared, highestLevel, prepare } from './assess.js';
import { compileLanguage } from './compile.js';
import { detectRisk } from './index.js';
import { loadLanguageRules, loadVersion } from './load-rules.js';

const RANK = { none: 0, concern: 1, urgent: 2 } as const;

describe.each(['en', 'es'] as const)('rules/%s.json', (lang) => {
  const data = loadLanguageRules(lang);

  it('ids are namespaced by language', () => {
    for (const { id } of [...data.rules, ...data.combinations, ...data.idioms]) expect(id.startsWith(`${lang}.`)).toBe(true);
  });

  for (const rule of data.rules) {
    it(`${rule.id}: its examples fire it and its counter-examples do not`, () => {
      for (const example of rule.examples) {
        const fired = detectRisk(example, lang).signals.map((s) => s.rule);
        // Context rules (level none) only show up when a combination uses them, so test them through the raw category.
        if (rule.level === 'none') continue;
        expect(fired, example).toContain(rule.id);
      }
      for (const counter of rule.counterExamples ?? []) {
        expect(detectRisk(counter, lang).signals.map((s) => s.rule), counter).not.toContain(rule.id);
      }
    });
  }

  for (const combination of data.combinations) {
    it(`${combination.id}: its examples fire it and reach at least ${combination.level}`, () => {
      for (const example of combination.examples) {
        const assessment = detectRisk(example, lang);
        expect(assessment.signals.map((s) => s.rule), example).toContain(combination.id);
        // The second look may raise further (a goodbye read as urgent), never lower.
        expect(RANK[assessment.level], example).toBeGreaterThanOrEqual(RANK[combination.level]);
      }
    });
  }

  // What an idiom controls is what the rules read. The second look still reads the blanked words ("%traffic") and
  // may raise a message for the rest of it ("im on the bridge"): its share of everyday talk flagged is measured on sets.
  const compiled = compileLanguage(data);
  for (const idiom of data.idioms) {
    it(`${idiom.id}: its examples leave the rules nothing to flag`, () => {
      for (const example of idiom.examples) expect(highestLevel(assessPrepared(prepare(example, compiled), compiled).signals), example).toBe('none');
    });
  }
});

describe('rules/version.json', () => {
  it('holds a dated version', () => expect(loadVersion().version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/));
});
