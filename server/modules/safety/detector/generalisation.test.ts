// Our own generalisation set (generalisation-set.jsonl, written for this project; never the shared dev set).
// It was split in two before any rule was changed: rules were tuned on the "tune" half only, and the "holdout"
// half measures how well they carry over to phrasings they were not written for.
//  - the tuned half must meet the targets;
//  - the held-out half must not fall below what it measured when the rules were last changed (a ratchet: raise
//    these floors when the held-out figures improve, never lower them to make a change pass).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation, TARGETS } from './evaluate.js';
import { parseLabelledLine, type LabelledMessage } from './labelled.js';

// 2026-11-22.10: 97.7 / 98.8 / 0.0 (.9: 95.3 / 98.8 / 0.0; .8: 90.7 / 96.3 / 2.3; .7: 81 / 92 / 3; 43 urgent cases, so one is 2.3 points).
const HELD_OUT_FLOOR = { urgentRecall: 0.97, anyRiskRecall: 0.98, noneFlaggedRate: 0.03 } as const;

const rows = readFileSync(new URL('./generalisation-set.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .map((line, index) => ({ line: line.trim(), index }))
  .filter(({ line }) => line.length > 0)
  .map(({ line, index }) => ({ message: parseLabelledLine(line, index + 1), split: (JSON.parse(line) as { split?: string }).split }));

const half = (split: string): LabelledMessage[] => rows.filter((row) => row.split === split).map((row) => row.message);

describe('generalisation set', () => {
  it('is split into a tuned and a held-out half, both covering every level in both languages', () => {
    expect(rows.every((row) => row.split === 'tune' || row.split === 'holdout')).toBe(true);
    for (const split of ['tune', 'holdout']) {
      for (const lang of ['en', 'es']) {
        for (const label of ['none', 'concern', 'urgent']) {
          expect(half(split).filter((m) => m.lang === lang && m.label === label).length, `${split}/${lang}/${label}`).toBeGreaterThanOrEqual(5);
        }
      }
    }
  });

  it('the tuned half meets the targets', () => {
    const result = evaluate(half('tune'));
    const report = formatEvaluation(result, 'generalisation set, tuned half');
    expect(result.urgentRecall, report).toBeGreaterThanOrEqual(TARGETS.urgentRecall);
    expect(result.anyRiskRecall, report).toBeGreaterThanOrEqual(TARGETS.anyRiskRecall);
    expect(result.noneFlaggedRate, report).toBeLessThanOrEqual(TARGETS.noneFlaggedRate);
  });

  it('the held-out half stays at or above its measured floor', () => {
    const result = evaluate(half('holdout'));
    const report = formatEvaluation(result, 'generalisation set, held-out half');
    expect(result.urgentRecall, report).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.urgentRecall);
    expect(result.anyRiskRecall, report).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.anyRiskRecall);
    expect(result.noneFlaggedRate, report).toBeLessThanOrEqual(HELD_OUT_FLOOR.noneFlaggedRate);
  });
});
