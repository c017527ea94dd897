// Our own labelled messages (regression-set.jsonl, written for this project; never the shared dev set)
// must keep meeting the targets: urgent recall >= 0.95, any-risk recall >= 0.95,
// at most 1 in 10 'none' messages flagged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation, meetsTargets, TARGETS } from './evaluate.js';
import { parseLabelledFile } from './labelled.js';

const messages = parseLabelledFile(readFileSync(new URL('./regression-set.jsonl', import.meta.url), 'utf8'));

describe('regression set', () => {
  it('covers every level in both languages', () => {
    for (const lang of ['en', 'es']) {
      for (const label of ['none', 'concern', 'urgent']) {
        expect(messages.filter((m) => m.lang === lang && m.label === label).length, `${lang}/${label}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('meets the targets', () => {
    const result = evaluate(messages);
    expect(result.urgentRecall, formatEvaluation(result, 'regression set')).toBeGreaterThanOrEqual(TARGETS.urgentRecall);
    expect(result.anyRiskRecall).toBeGreaterThanOrEqual(TARGETS.anyRiskRecall);
    expect(result.noneFlaggedRate).toBeLessThanOrEqual(TARGETS.noneFlaggedRate);
    expect(meetsTargets(result)).toBe(true);
  });

  it('the evaluation counts a confusion matrix correctly', () => {
    const result = evaluate([
      { text: 'i want to kill myself tonight', lang: 'en', label: 'urgent' },
      { text: 'nice weather', lang: 'en', label: 'concern' },
      { text: 'nice weather', lang: 'en', label: 'none' },
    ]);
    expect(result.matrix.urgent.urgent).toBe(1);
    expect(result.matrix.concern.none).toBe(1);
    expect(result.anyRiskRecall).toBe(0.5);
    expect(result.noneFlaggedRate).toBe(0);
  });
});
