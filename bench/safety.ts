// How fast is detectRisk over a realistic mix of chat messages? Messages are generated from our own
// regression set (risky and everyday, English and Spanish) padded with ordinary chat, so most of the
// traffic is 'none' as in a real program. The baseline, measured in the same run over the same
// messages, is a naive keyword scan (lower-case + String.includes over a crisis word list): the
// cheapest thing that could be called a detector. The ratio is what negation, history, idioms,
// third persons and combinations cost on top of it.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectRisk } from '../server/modules/safety/detector/index.js';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

const EVERYDAY = [
  'morning everyone, coffee first then the group at 10',
  'thanks for listening yesterday, it really helped',
  'does anyone have tips for sleeping better with anxiety?',
  'my supporter suggested a gratitude journal, trying it this week',
  'went for a walk by the river, first time outside in a few days',
  'the new group on thursday is really nice, highly recommend',
  'hoy me siento un poco mejor, gracias por preguntar',
  'alguien sabe a que hora empieza la reunion del martes?',
  'feeling anxious about my appointment but I have my plan ready',
  'made it through the weekend without a panic attack!',
];

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function corpus(): { text: string; lang: string }[] {
  const own = readFileSync(new URL('../server/modules/safety/detector/regression-set.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; lang: string });
  const everyday = EVERYDAY.map((text) => ({ text, lang: /[ñ¿¡]|\b(hoy|alguien|que)\b/.test(text) ? 'es' : 'en' }));
  const next = random(7);
  // Roughly 70% everyday chat, 30% from the labelled set; some messages are two joined together.
  return Array.from({ length: MESSAGES }, () => {
    const pool = next() < 0.7 ? everyday : own;
    const first = pool[Math.floor(next() * pool.length)]!;
    if (next() < 0.2) {
      const second = pool[Math.floor(next() * pool.length)]!;
      return { text: `${first.text}. ${second.text}`, lang: first.lang };
    }
    return first;
  });
}

const KEYWORDS = ['suicide', 'suicidal', 'kill myself', 'kms', 'die', 'dead', 'overdose', 'pills', 'cut', 'hang', 'jump', 'gun', 'goodbye', 'self harm', 'morir', 'matarme', 'suicid', 'pastillas', 'cortarme'];
function keywordScan(text: string): boolean {
  const lower = text.toLowerCase();
  for (const keyword of KEYWORDS) if (lower.includes(keyword)) return true;
  return false;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Time each message individually (many rounds) so the median per message is real, not an average. */
function perMessageMedianMicros(messages: { text: string; lang: string }[], run: (m: { text: string; lang: string }) => unknown): { medianUs: number; p99Us: number; perSecond: number } {
  for (const message of messages.slice(0, 2_000)) run(message); // warm up the JIT
  const samples: number[] = [];
  let total = 0;
  let sink = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    for (const message of messages) {
      const before = performance.now();
      sink += run(message) ? 1 : 0;
      samples.push((performance.now() - before) * 1000);
    }
    total += performance.now() - started;
  }
  if (sink < 0) console.log(sink);
  const sorted = samples.sort((a, b) => a - b);
  return { medianUs: median(sorted), p99Us: sorted[Math.floor(sorted.length * 0.99)]!, perSecond: (messages.length * ROUNDS) / (total / 1000) };
}

const messages = corpus();
const meanLength = messages.reduce((sum, m) => sum + m.text.length, 0) / messages.length;
const detector = perMessageMedianMicros(messages, (m) => detectRisk(m.text, m.lang).level !== 'none');
const baseline = perMessageMedianMicros(messages, (m) => keywordScan(m.text));
const flagged = messages.filter((m) => detectRisk(m.text, m.lang).level !== 'none').length;

const fixed = (value: number, digits = 1) => value.toFixed(digits);
console.log(`safety detector benchmark: ${MESSAGES} messages x ${ROUNDS} rounds, mean ${fixed(meanLength, 0)} characters, ${fixed((flagged / MESSAGES) * 100)}% flagged`);
console.log(`  detectRisk         median ${fixed(detector.medianUs)} us   p99 ${fixed(detector.p99Us)} us   ${Math.round(detector.perSecond).toLocaleString('en')} messages/s`);
console.log(`  keyword includes   median ${fixed(baseline.medianUs, 2)} us   p99 ${fixed(baseline.p99Us, 2)} us   ${Math.round(baseline.perSecond).toLocaleString('en')} messages/s`);
console.log(`  detectRisk costs ${fixed(detector.medianUs / baseline.medianUs)}x the keyword scan per message (median); target is a median under 200 us`);
console.log(JSON.stringify({ median_us_per_message: Number(fixed(detector.medianUs, 2)), messages_per_s: Math.round(detector.perSecond) }));
