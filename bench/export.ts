// "Download my data" for a typical account must be ready within seconds. This seeds an account with a
// year of typical activity, times the export through the real HTTP stack, and compares it with a
// plain authenticated read measured in the same run (the baseline), on the embedded database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { connectDatabase } from '../server/platform/db/connect.js';
import { migrateToLatest } from '../server/platform/db/migrate.js';
import { newId } from '../server/platform/ids.js';
import { createUser, signedInClient } from '../server/test/factories.js';
import type { TestClient } from '../server/test/test-client.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const SESSIONS = 60;
const AUDIT_ENTRIES = 2_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(client: TestClient, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const response = await client.get(url);
    samples.push(performance.now() - started);
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
  }
  return samples;
}

const dir = mkdtempSync(join(tmpdir(), 'kindred-bench-'));
const databaseUrl = `sqlite:${join(dir, 'bench.sqlite')}`;
const database = connectDatabase(databaseUrl);
await migrateToLatest(database.db);
const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://kindred.test', LOG_LEVEL: 'silent', PASSWORD_HASH_MEMORY_KIB: '1024', RATE_LIMIT_PER_MINUTE: '1000000', WEB_DIST: '/nonexistent' });
const app = await buildApp(config, { database });
try {
  const person = await createUser(app, { handle: 'Bench Person' });
  const client = await signedInClient(app, person);
  await client.put('/api/me/profile', {
    handle: 'Bench Person', firstName: 'Bea', languages: ['en', 'es'], topics: ['anxiety', 'depression'], interests: ['reading', 'running'],
    availability: [0, 1, 2, 3, 4].map((day) => ({ day, start: '18:00', end: '20:00' })),
  });
  await client.post('/api/me/consents/evaluation', { version: '2026-11-22' });
  for (let i = 0; i < SESSIONS; i += 1) await signedInClient(app, person, { userAgent: `Device ${i}` });
  const at = new Date().toISOString();
  const rows = Array.from({ length: AUDIT_ENTRIES }, (_, i) => ({
    id: newId(), at, action: i % 2 ? 'auth.signed_in' : 'profile.viewed', actor_id: person.id, subject_type: 'user', subject_id: person.id, ip: '127.0.0.1', details: '{}',
  }));
  for (let i = 0; i < rows.length; i += 500) await database.db.insertInto('audit_log').values(rows.slice(i, i + 500)).execute();

  await time(client, '/api/me');
  const baseline = median(await time(client, '/api/me'));
  const exportMs = median(await time(client, '/api/me/export'));
  const bytes = (await client.get('/api/me/export')).body.length;

  console.log(`typical account: ${SESSIONS} sessions, ${AUDIT_ENTRIES} audit entries, profile, consents`);
  console.log(`baseline GET /api/me       median ${baseline.toFixed(2)} ms over ${RUNS} runs`);
  console.log(`GET /api/me/export         median ${exportMs.toFixed(2)} ms over ${RUNS} runs (${(bytes / 1024).toFixed(0)} KiB)`);
  console.log(`export / baseline ratio    ${(exportMs / baseline).toFixed(1)}x (target: export well under 2000 ms)`);
  console.log(JSON.stringify({ runs: RUNS, baselineMedianMs: +baseline.toFixed(2), exportMedianMs: +exportMs.toFixed(2), ratio: +(exportMs / baseline).toFixed(2), exportKiB: Math.round(bytes / 1024), targetMs: 2000, withinTarget: exportMs < 2000 }));
} finally {
  await app.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
