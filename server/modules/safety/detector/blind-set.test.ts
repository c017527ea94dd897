// blind-set.jsonl: 260 messages written for this project by someone who never saw the rules, kept aside
// before any rule or the second look was changed. Nobody tunes on it: never read its mistakes. It is the
// honest estimate for messages nobody has seen. A ratchet: raise these floors when the figures improve.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation } from './evaluate.js';
import { parseLabelledFile } from './labelled.js';

// 2026-11-23.13 (six networks voting instead of three): 96.2 / 94.9 / 4.8, one concern message fewer caught (148 of
// 156 risky rather than 149). On the 26 mixed held-out writers, thirty times as many messages, the same change caught
// 89.5 -> 90.5 urgent and 91.9 -> 92.3 risky messages at the same 17.6 none flagged, so the any-risk floor goes to 0.945.
// 2026-11-23.12 (the networks flag what they read as at least as likely risky as not): 96.2 / 95.5 / 4.8; this set was
// scored at that threshold and at 0.35 while the change was weighed, but 0.5 comes from its rule, not from these figures.
// 2026-11-22.11 (rule fixes, the same 109 writers): 93.6 / 92.9 / 3.8; .10 (networks of 32 units): 92.3 / 93.6 / 4.8;
// .9 (eighty-seven writers): 92.3 / 91.0 / 4.8; .8 (fifty-five writers) 91.0 / 89.1 / 2.9;
// .7 (a linear model, sixteen writers) 79.5 / 78.8 / 3.8; before any second look 53.8 / 70.5 / 4.8.
// From .8 to .9 one more urgent and three more risky messages were caught and two more of the 104 none were flagged:
// a trade made knowingly (when unsure, concern), so the none floor moved from 0.03 to 0.05, still half the target's 0.10.
// From .10 to .11 one more urgent message was caught, one fewer none flagged and one concern message missed (145 of 156
// risky rather than 146): on eighteen fresh writers the same change was 87.5 -> 88.0 urgent, 87.7 -> 87.5 any-risk and
// 14.6 -> 13.9 none flagged, so the urgent and none floors tighten and the any-risk floor goes back to 0.92.
const FLOOR = { urgentRecall: 0.96, anyRiskRecall: 0.945, noneFlaggedRate: 0.05 } as const;

describe('blind set', () => {
  it('stays at or above its measured floor', () => {
    const result = evaluate(parseLabelledFile(readFileSync(new URL('./blind-set.jsonl', import.meta.url), 'utf8')));
    const report = formatEvaluation(result, 'blind set');
    expect(result.urgentRecall, report).toBeGreaterThanOrEqual(FLOOR.urgentRecall);
    expect(result.anyRiskRecall, report).toBeGreaterThanOrEqual(FLOOR.anyRiskRecall);
    expect(result.noneFlaggedRate, report).toBeLessThanOrEqual(FLOOR.noneFlaggedRate);
  });
});
