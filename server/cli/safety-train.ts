// npm run safety:train
// Retrains the detector's second look from the labelled sets in the detector folder and writes
// rules/second-look.json. Bump rules/version.json afterwards, as for any rule change.
import { writeFileSync } from 'node:fs';
import { trainSecondLook, type Figures } from '../modules/safety/detector/train-second-look.js';

type Weights = [string, number][];
const { model, outOfFold } = trainSecondLook();
// One weight a line, so a reviewer can read the file and a change shows as a readable diff.
const lines = (weights: Weights) => `[\n${weights.map((pair) => `   ${JSON.stringify(pair)}`).join(',\n')}\n  ]`;
const json = JSON.stringify({ ...model, risk: { ...model.risk, weights: 'RISK' }, urgent: { ...model.urgent, weights: 'URGENT' } }, null, 1)
  .replace('"RISK"', lines(model.risk.weights))
  .replace('"URGENT"', lines(model.urgent.weights));
writeFileSync(new URL('../modules/safety/detector/rules/second-look.json', import.meta.url), `${json}\n`);
const percent = (value: number) => (Number.isNaN(value) ? '-' : (value * 100).toFixed(1)).padStart(5);
const describe = (figures: Figures) => `${percent(figures.urgentRecall)} / ${percent(figures.anyRiskRecall)} / ${percent(figures.noneFlaggedRate)}`;
console.log(`second look: ${model.risk.weights.length} risk and ${model.urgent.weights.length} urgency weights, thresholds ${JSON.stringify(model.thresholds)}`);
console.log('leaving one writer out: urgent recall / any-risk recall / none flagged (%), rules alone -> with the second look');
for (const { writer, rules, withSecondLook } of outOfFold) console.log(`  ${writer.padEnd(16)} ${describe(rules)}  ->  ${describe(withSecondLook)}`);
