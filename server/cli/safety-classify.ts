// npm run -s safety:classify < messages.jsonl
// Reads JSON lines {"text": "...", "lang": "en"} on stdin and writes one JSON line
// {"level", "signals"} per input on stdout, in order. Nothing else goes to stdout, so the output can
// be piped; a line that is not valid JSON gets {"error": ...} in its place so line numbers stay aligned.
import { createInterface } from 'node:readline';
import { detectRisk } from '../modules/safety/detector/index.js';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let failures = 0;
for await (const line of lines) {
  if (line.trim() === '') continue;
  try {
    const input = JSON.parse(line) as { text?: unknown; lang?: unknown };
    if (typeof input.text !== 'string') throw new Error('"text" must be a string');
    const { level, signals } = detectRisk(input.text, typeof input.lang === 'string' ? input.lang : '');
    process.stdout.write(`${JSON.stringify({ level, signals })}\n`);
  } catch (error) {
    failures += 1;
    process.stdout.write(`${JSON.stringify({ error: (error as Error).message })}\n`);
  }
}
if (failures > 0) {
  console.error(`${failures} input line(s) could not be classified`);
  process.exitCode = 1;
}
