// held-out-writers.jsonl: 9,850 messages by 32 writers (26 mixed sets, 6 of everyday talk only), written by people
// who never saw the rules, and scored by the detector only after they were written. Never trained or tuned on: do
// not read its mistakes, or it stops being the honest estimate for people the detector has never read.
// A ratchet, like blind-set.test.ts: raise these floors when the figures improve.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation } from './evaluate.js';
import { parseLabelledLine, type LabelledMessage } from './labelled.js';

// 2026-11-23.13 (six networks voting instead of three): mixed writers 90.5 / 92.3 / 17.6, everyday writers 6.9 flagged.
// .12: 89.5 / 91.9 / 17.6 and 7.1: the networks flag what they read as at least as likely risky as not (.11, at
// two-to-one: 86.6 / 86.9 / 13.9 and 5.0; on the first 24 writers .11 had 88.0 / 87.5 / 13.9, .9 82.8 / 84.0 / 14.2
// and 5.2). The floors sit about half a point from the figures; networks retrained on
// the same sets with another seed move them by about a point, so a change is judged over several seeds.
const MIXED_FLOOR = { urgentRecall: 0.9, anyRiskRecall: 0.92, noneFlaggedRate: 0.18 } as const;
const EVERYDAY_FLOOR = { noneFlaggedRate: 0.075 } as const;

function byWriter(): Map<string, LabelledMessage[]> {
  const writers = new Map<string, LabelledMessage[]>();
  readFileSync(new URL('./held-out-writers.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const { writer } = JSON.parse(line) as { writer: string };
      const messages = writers.get(writer) ?? [];
      messages.push(parseLabelledLine(line, index + 1));
      writers.set(writer, messages);
    });
  return writers;
}

describe('writers held out from training', () => {
  const writers = [...byWriter().values()];
  const mixed = writers.filter((messages) => messages.some((message) => message.label !== 'none')).flat();
  const everyday = writers.filter((messages) => messages.every((message) => message.label === 'none')).flat();

  it('holds 26 mixed and 6 everyday writers', () => {
    expect([writers.length, everyday.length > 1_500, mixed.length > 7_500]).toEqual([32, true, true]);
  });

  it('on the mixed writers, stays at or above its measured floor', () => {
    const result = evaluate(mixed);
    const report = formatEvaluation(result, 'held-out mixed writers');
    expect(result.urgentRecall, report).toBeGreaterThanOrEqual(MIXED_FLOOR.urgentRecall);
    expect(result.anyRiskRecall, report).toBeGreaterThanOrEqual(MIXED_FLOOR.anyRiskRecall);
    expect(result.noneFlaggedRate, report).toBeLessThanOrEqual(MIXED_FLOOR.noneFlaggedRate);
  }, 60_000);

  it('flags no more of the everyday writers\' messages than its floor', () => {
    const result = evaluate(everyday);
    expect(result.noneFlaggedRate, formatEvaluation(result, 'held-out everyday writers')).toBeLessThanOrEqual(EVERYDAY_FLOOR.noneFlaggedRate);
  }, 60_000);
});
