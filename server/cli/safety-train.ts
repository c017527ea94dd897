// npm run safety:train
// Retrains the detector's second look from the labelled sets in the detector folder and writes
// rules/second-look.json. Bump rules/version.json afterwards, as for any rule change.
import { writeFileSync } from 'node:fs';
import { trainSecondLook, type Figures } from '../modules/safety/detector/train-second-look.js';

const { model, outOfFold } = trainSecondLook();
writeFileSync(new URL('../modules/safety/detector/rules/second-look.json', import.meta.url), `${JSON.stringify(model, null, 1)}\n`);
const percent = (value: number) => (Number.isNaN(value) ? '-' : (value * 100).toFixed(1)).padStart(5);
const describe = (figures: Figures) => `${percent(figures.urgentRecall)} / ${percent(figures.anyRiskRecall)} / ${percent(figures.noneFlaggedRate)}`;
console.log(`second look: ${model.networks.length} networks of ${model.hidden} hidden units over ${model.buckets} buckets, thresholds ${JSON.stringify(model.thresholds)}`);
console.log('each writer scored by networks trained without its fold: urgent recall / any-risk recall / none flagged (%), rules alone -> with the second look');
for (const { writer, rules, withSecondLook } of outOfFold) console.log(`  ${writer.padEnd(16)} ${describe(rules)}  ->  ${describe(withSecondLook)}`);
