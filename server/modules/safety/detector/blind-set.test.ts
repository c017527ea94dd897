// blind-set.jsonl: 260 messages written for this project by someone who never saw the rules, kept aside
// before any rule or the second look was changed. Nobody tunes on it: never read its mistakes. It is the
// honest estimate for messages nobody has seen. A ratchet: raise these floors when the figures improve.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation } from './evaluate.js';
import { parseLabelledFile } from './labelled.js';

// 2026-11-22.8 (three small networks trained on fifty-five writers): 91.0 / 89.1 / 2.9; .7 (a linear model, sixteen
// writers) 79.5 / 78.8 / 3.8; before any second look 53.8 / 70.5 / 4.8.
const FLOOR = { urgentRecall: 0.91, anyRiskRecall: 0.89, noneFlaggedRate: 0.03 } as const;

describe('blind set', () => {
  it('stays at or above its measured floor', () => {
    const result = evaluate(parseLabelledFile(readFileSync(new URL('./blind-set.jsonl', import.meta.url), 'utf8')));
    const report = formatEvaluation(result, 'blind set');
    expect(result.urgentRecall, report).toBeGreaterThanOrEqual(FLOOR.urgentRecall);
    expect(result.anyRiskRecall, report).toBeGreaterThanOrEqual(FLOOR.anyRiskRecall);
    expect(result.noneFlaggedRate, report).toBeLessThanOrEqual(FLOOR.noneFlaggedRate);
  });
});
