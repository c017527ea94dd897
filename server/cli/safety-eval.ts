// npm run safety:eval -- <file.jsonl> [--split] [--mistakes]
// Prints a confusion matrix and recall/precision per level for a labelled JSONL file
// ({"text", "lang", "label"}). --split also scores even and odd lines separately (a held-out check
// when rules were tuned on one half); --mistakes lists every disagreement with the rules that fired.
import { readFileSync } from 'node:fs';
import { evaluate, formatEvaluation } from '../modules/safety/detector/evaluate.js';
import { parseLabelledFile } from '../modules/safety/detector/labelled.js';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('usage: npm run safety:eval -- <file.jsonl> [--split] [--mistakes]');
  process.exit(2);
}

const messages = parseLabelledFile(readFileSync(file, 'utf8'));
const overall = evaluate(messages);
console.log(formatEvaluation(overall, file));

if (args.includes('--split')) {
  console.log(`\n${formatEvaluation(evaluate(messages.filter((_, i) => i % 2 === 0)), 'even lines (1st, 3rd, ...)')}`);
  console.log(`\n${formatEvaluation(evaluate(messages.filter((_, i) => i % 2 === 1)), 'odd lines (2nd, 4th, ...)')}`);
}

if (args.includes('--mistakes')) {
  console.log('\nmistakes:');
  for (const mistake of overall.mistakes) {
    console.log(`  [${mistake.label} -> ${mistake.predicted}] ${mistake.text}\n      rules: ${mistake.rules.join(', ') || '(none)'}`);
  }
}
