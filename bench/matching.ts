import { DEFAULT_MATCHING_WEIGHTS } from '../shared/contracts/matching.js';
// Ranking one support request against growing numbers of supporters, through the same engine the
// API uses. The baseline, measured in the same run, is the cheapest possible pass over the same
// supporters (reading one field of each); the ratio shows what the hard rules, scoring and
// explaining cost on top of touching every supporter once.
import { performance } from 'node:perf_hooks';
import { BUILT_IN_TOPICS } from '../shared/vocabularies/topics.js';
import { solveAssignment } from '../server/modules/matching/assignment.js';
import { buildIndex, type MatchIndex, type Need, rank, scoreMatrix, type SupporterTraits } from '../server/modules/matching/ranking.js';
import { toUtcSpans } from '../server/modules/matching/week-time.js';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const NOW = Date.parse('2026-11-22T12:00:00Z');
const LANGUAGES = ['en', 'es', 'fr', 'pt', 'de', 'ar', 'zh'];
const MODES = ['text', 'voice', 'video', 'in_person'] as const;
const IDENTITIES = ['woman', 'man', 'nonbinary', 'parent', 'veteran', 'lgbtq+', 'student', 'faith'];
const INTERESTS = ['music', 'hiking', 'reading', 'football', 'gardening', 'cooking', 'art', 'gaming'];

/** A small deterministic generator, so every run ranks the same programme. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(next: () => number, values: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(values[Math.floor(next() * values.length)]!);
  return [...chosen];
}

function supporters(count: number): SupporterTraits[] {
  const next = random(count);
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(next() * 7);
    const start = 8 + Math.floor(next() * 10);
    return {
      userId: `s${i}`,
      languages: pick(next, LANGUAGES, 1 + Math.floor(next() * 2)),
      topics: pick(next, BUILT_IN_TOPICS, 1 + Math.floor(next() * 4)),
      identities: pick(next, IDENTITIES, Math.floor(next() * 3)),
      meetingModes: pick(next, MODES, 1 + Math.floor(next() * 3)),
      availability: toUtcSpans([{ day, start: `${String(start).padStart(2, '0')}:00`, end: `${String(start + 3).padStart(2, '0')}:00` }], Math.floor(next() * 5 - 2) * 60),
      interests: pick(next, INTERESTS, Math.floor(next() * 3)),
      capacity: 1 + Math.floor(next() * 5),
      load: 0,
      waitingSinceMs: NOW - Math.floor(next() * 60) * 86_400_000,
    };
  });
}

const need: Need = {
  memberId: 'member',
  topics: ['anxiety', 'postpartum'],
  primaryTopic: 'postpartum',
  languages: ['es', 'en'],
  supporterIdentities: [],
  communities: ['parent'],
  meetingModes: ['text', 'video'],
  availability: toUtcSpans([{ day: 1, start: '18:00', end: '21:00' }, { day: 3, start: '18:00', end: '21:00' }], 60),
  memberOffsetMinutes: 60,
  interests: ['hiking'],
  excluded: new Set(),
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(run: () => unknown): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const results: Record<string, number> = {};
console.log(`ranking one request (median of ${RUNS} runs)`);
console.log('supporters   baseline ms   rank ms   ratio   index build ms (once per snapshot)');
for (const size of SIZES) {
  const traits = supporters(size);
  const buildStarted = performance.now();
  const index: MatchIndex = buildIndex(traits);
  const buildMs = performance.now() - buildStarted;
  const touchOnce = measure(() => index.candidates.reduce((sum, candidate) => sum + candidate.traits.capacity, 0));
  const ranking = measure(() => rank(need, index, DEFAULT_MATCHING_WEIGHTS, NOW, 5));
  console.log(`${String(size).padStart(10)}   ${touchOnce.toFixed(2).padStart(13)}   ${ranking.toFixed(2).padStart(7)}   ${(ranking / touchOnce).toFixed(1).padStart(5)}x   ${buildMs.toFixed(0).padStart(8)}`);
  results[`rank_${size / 1000}k_median_ms`] = +ranking.toFixed(2);
  results[`baseline_${size / 1000}k_median_ms`] = +touchOnce.toFixed(3);
  results[`index_build_${size / 1000}k_ms`] = Math.round(buildMs);
}
const growth = results.rank_100k_median_ms! / results.rank_1k_median_ms!;
console.log(`growth from 1k to 100k: ${growth.toFixed(1)}x for 100x the supporters (target: 100k under 50 ms)`);

/** Members differ in topics, languages, ways to meet and evenings, like a real intake list. */
function members(count: number): Need[] {
  const next = random(count + 7);
  return Array.from({ length: count }, (_, i) => ({
    ...need,
    memberId: `m${i}`,
    topics: pick(next, BUILT_IN_TOPICS, 1 + Math.floor(next() * 3)),
    primaryTopic: null,
    languages: pick(next, LANGUAGES.slice(0, 3), 1 + Math.floor(next() * 2)),
    communities: pick(next, IDENTITIES, Math.floor(next() * 2)),
    meetingModes: pick(next, MODES, 1 + Math.floor(next() * 3)),
    interests: pick(next, INTERESTS, Math.floor(next() * 2)),
  }));
}

const BULK_RUNS = Number(process.env.BENCH_BULK_RUNS ?? 3);
console.log(`\nbulk intake (median of ${BULK_RUNS} runs; capacities 1-5)`);
console.log('members x supporters   score matrix ms   assignment ms   total ms   placed   baseline ms   ratio');
for (const [memberCount, supporterCount] of [[500, 200], [5000, 2000]] as const) {
  const index = buildIndex(supporters(supporterCount));
  const needs = members(memberCount);
  const capacity = Int32Array.from(index.candidates, (candidate) => candidate.traits.capacity);
  const matrixTimes: number[] = [];
  const solveTimes: number[] = [];
  let placed = 0;
  for (let run = 0; run < BULK_RUNS; run += 1) {
    let started = performance.now();
    const score = scoreMatrix(needs, index, DEFAULT_MATCHING_WEIGHTS, NOW);
    matrixTimes.push(performance.now() - started);
    started = performance.now();
    placed = solveAssignment({ members: memberCount, supporters: supporterCount, capacity, score }).assigned;
    solveTimes.push(performance.now() - started);
  }
  // Baseline: one pass over the same matrix (what any method must at least read).
  const score = scoreMatrix(needs, index, DEFAULT_MATCHING_WEIGHTS, NOW);
  const baseline = measure(() => score.reduce((best, value) => (value > best ? value : best), 0));
  const total = median(matrixTimes) + median(solveTimes);
  console.log(`${`${memberCount} x ${supporterCount}`.padStart(20)}   ${median(matrixTimes).toFixed(0).padStart(15)}   ${median(solveTimes).toFixed(0).padStart(13)}   ${total.toFixed(0).padStart(8)}   ${String(placed).padStart(6)}   ${baseline.toFixed(1).padStart(11)}   ${(total / baseline).toFixed(0).padStart(5)}x`);
  if (memberCount === 5000) {
    results.bulk_5000x2000_ms = Math.round(total);
    results.bulk_5000x2000_assignment_ms = Math.round(median(solveTimes));
    results.bulk_5000x2000_placed = placed;
  }
}
console.log('target: 5,000 x 2,000 under 2,000 ms');
console.log(JSON.stringify({ ...results, growth_1k_to_100k: +growth.toFixed(1) }));
