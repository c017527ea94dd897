// Scores the detector against labelled messages: a confusion matrix, recall and precision per level,
// and the three figures the issue sets targets for (urgent recall, any-risk recall, none flagged).
import { detectRisk } from './index.js';
import { LEVELS, type LabelledMessage } from './labelled.js';
import type { RiskLevel } from './types.js';

export interface Evaluation {
  total: number;
  /** matrix[label][predicted] */
  matrix: Record<RiskLevel, Record<RiskLevel, number>>;
  perLevel: Record<RiskLevel, { recall: number; precision: number; support: number }>;
  urgentRecall: number;
  anyRiskRecall: number;
  noneFlaggedRate: number;
  mistakes: { text: string; label: RiskLevel; predicted: RiskLevel; rules: string[] }[];
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 1 : numerator / denominator);

export function evaluate(messages: LabelledMessage[]): Evaluation {
  const matrix = Object.fromEntries(LEVELS.map((label) => [label, Object.fromEntries(LEVELS.map((p) => [p, 0]))])) as Evaluation['matrix'];
  const mistakes: Evaluation['mistakes'] = [];
  for (const message of messages) {
    const assessment = detectRisk(message.text, message.lang);
    matrix[message.label][assessment.level] += 1;
    if (assessment.level !== message.label) {
      mistakes.push({ text: message.text, label: message.label, predicted: assessment.level, rules: assessment.signals.map((s) => s.rule) });
    }
  }
  const row = (label: RiskLevel) => LEVELS.reduce((sum, p) => sum + matrix[label][p], 0);
  const column = (predicted: RiskLevel) => LEVELS.reduce((sum, l) => sum + matrix[l][predicted], 0);
  const perLevel = Object.fromEntries(
    LEVELS.map((level) => [level, { recall: ratio(matrix[level][level], row(level)), precision: ratio(matrix[level][level], column(level)), support: row(level) }]),
  ) as Evaluation['perLevel'];
  const risky = row('concern') + row('urgent');
  const riskyFlagged = matrix.concern.concern + matrix.concern.urgent + matrix.urgent.concern + matrix.urgent.urgent;
  return {
    total: messages.length,
    matrix,
    perLevel,
    urgentRecall: perLevel.urgent.recall,
    anyRiskRecall: ratio(riskyFlagged, risky),
    noneFlaggedRate: ratio(row('none') - matrix.none.none, row('none')),
    mistakes,
  };
}

export const TARGETS = { urgentRecall: 0.95, anyRiskRecall: 0.95, noneFlaggedRate: 0.1 } as const;

export function meetsTargets(evaluation: Evaluation): boolean {
  return (
    evaluation.urgentRecall >= TARGETS.urgentRecall &&
    evaluation.anyRiskRecall >= TARGETS.anyRiskRecall &&
    evaluation.noneFlaggedRate <= TARGETS.noneFlaggedRate
  );
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatEvaluation(evaluation: Evaluation, title: string): string {
  const lines = [`${title}: ${evaluation.total} messages`, '', 'label \\ predicted    none  concern   urgent'];
  for (const label of LEVELS) {
    lines.push(`${label.padEnd(18)}${LEVELS.map((p) => String(evaluation.matrix[label][p]).padStart(8)).join(' ')}`);
  }
  lines.push('', 'level      recall  precision  support');
  for (const level of LEVELS) {
    const { recall, precision, support } = evaluation.perLevel[level];
    lines.push(`${level.padEnd(9)}${pct(recall).padStart(8)}${pct(precision).padStart(11)}${String(support).padStart(9)}`);
  }
  const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  lines.push(
    '',
    `urgent recall      ${pct(evaluation.urgentRecall).padStart(7)}  (target >= ${pct(TARGETS.urgentRecall)}) ${check(evaluation.urgentRecall >= TARGETS.urgentRecall)}`,
    `any-risk recall    ${pct(evaluation.anyRiskRecall).padStart(7)}  (target >= ${pct(TARGETS.anyRiskRecall)}) ${check(evaluation.anyRiskRecall >= TARGETS.anyRiskRecall)}`,
    `none flagged       ${pct(evaluation.noneFlaggedRate).padStart(7)}  (target <= ${pct(TARGETS.noneFlaggedRate)}) ${check(evaluation.noneFlaggedRate <= TARGETS.noneFlaggedRate)}`,
  );
  return lines.join('\n');
}
