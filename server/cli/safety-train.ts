// npm run safety:train
// Retrains the detector's second look from the labelled sets in the detector folder and writes
// rules/second-look.json. Bump rules/version.json afterwards, as for any rule change.
import { writeFileSync } from 'node:fs';
import { trainSecondLook } from '../modules/safety/detector/train-second-look.js';

const model = trainSecondLook();
// One weight a line, so a reviewer can read the file and a change shows as a readable diff.
const { weights, ...head } = model;
const json = JSON.stringify({ ...head, weights: [] }, null, 1).replace('"weights": []', `"weights": [\n${weights.map((pair) => `  ${JSON.stringify(pair)}`).join(',\n')}\n ]`);
writeFileSync(new URL('../modules/safety/detector/rules/second-look.json', import.meta.url), `${json}\n`);
console.log(`second look: ${weights.length} weights, threshold ${model.threshold}`);
