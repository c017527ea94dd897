import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, type KindredApp } from '../../app.js';
import { testConfig } from '../../test/build-test-app.js';
import { ManualClock } from '../../test/manual-clock.js';
import { waitFor } from '../../test/sockets.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/test-database.js';
import { connectDatabase, type Trx } from '../db/connect.js';
import { redactError } from './redact.js';

const KIND = 'test.count';

/** One server "process": its own app and its own connection(s) to the shared database. */
async function serverOn(url: string, options: { clock?: ManualClock; env?: Record<string, string>; logs?: string[] } = {}) {
  const database = connectDatabase(url);
  const logStream = options.logs ? new Writable({ write(chunk, _encoding, done) { options.logs!.push(chunk.toString()); done(); } }) : undefined;
  const app = await buildApp(testConfig(options.env), { database, ...(options.clock ? { clock: options.clock } : {}), ...(logStream ? { logStream } : {}) });
  return {
    app,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A table only these tests use, in their throwaway database: each job adds one to its own row. */
async function createCounterTable(db: TestDatabase['db']) {
  await sql`create table test_job_runs (job_key text primary key, runs integer not null)`.execute(db);
}

async function bump(trx: Trx, key: string) {
  await sql`insert into test_job_runs (job_key, runs) values (${key}, 1) on conflict (job_key) do update set runs = test_job_runs.runs + 1`.execute(trx);
}

async function runsOf(db: TestDatabase['db']): Promise<Record<string, number>> {
  const { rows } = await sql<{ job_key: string; runs: number }>`select job_key, runs from test_job_runs order by job_key`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.job_key, Number(row.runs)]));
}

function countingHandler(app: KindredApp, calls: string[]) {
  app.kindred.jobs.register(KIND, async (payload: { key: string }, job) => {
    calls.push(payload.key);
    await bump(job.trx, payload.key);
  });
}

const jobsTable = (db: TestDatabase['db']) =>
  db.selectFrom('jobs').select(['dedupe_key', 'status', 'attempts', 'run_at', 'last_error', 'locked_by']).orderBy('created_at').orderBy('id').execute();

describe(`durable jobs on ${testDialect()}`, () => {
  let database: TestDatabase;
  let clock: ManualClock;
  const open: Array<{ close(): Promise<void> }> = [];

  beforeEach(async () => {
    database = await createTestDatabase();
    await createCounterTable(database.db);
    clock = new ManualClock();
  });
  afterEach(async () => {
    for (const server of open.splice(0)) await server.close();
    await database.dispose();
  });

  async function server(options: { env?: Record<string, string>; logs?: string[]; clock?: ManualClock | null } = {}) {
    const opened = await serverOn(database.url, { ...(options.clock === null ? {} : { clock: options.clock ?? clock }), ...(options.env ? { env: options.env } : {}), ...(options.logs ? { logs: options.logs } : {}) });
    open.push(opened);
    return opened;
  }

  it('runs each job exactly once when two servers on one database race for many due jobs', async () => {
    const a = await server();
    const b = await server();
    const calls: string[] = [];
    countingHandler(a.app, calls);
    countingHandler(b.app, calls);
    const keys = Array.from({ length: 60 }, (_, index) => `job-${String(index).padStart(2, '0')}`);
    for (const key of keys) await a.app.kindred.jobs.schedule(database.db, { kind: KIND, runAt: clock.now(), payload: { key } });

    const ran = await Promise.all([a.app.kindred.jobs.runDue(), b.app.kindred.jobs.runDue(), a.app.kindred.jobs.runDue(), b.app.kindred.jobs.runDue()]);

    expect(ran.reduce((sum, count) => sum + count, 0)).toBe(60);
    expect(calls.sort()).toEqual(keys);
    expect(await runsOf(database.db)).toEqual(Object.fromEntries(keys.map((key) => [key, 1])));
    expect((await jobsTable(database.db)).every((job) => job.status === 'done' && job.attempts === 1 && job.locked_by === null)).toBe(true);
    expect(await a.app.kindred.jobs.runDue()).toBe(0);
  });

  it('keeps a job through a restart: closed before it was due, run by the next server', async () => {
    const first = await server();
    countingHandler(first.app, []);
    await first.app.kindred.jobs.schedule(database.db, { kind: KIND, runAt: new Date(clock.now().getTime() + 10 * 60_000), payload: { key: 'later' } });
    expect(await first.app.kindred.jobs.runDue()).toBe(0);
    await first.close();
    open.splice(open.indexOf(first), 1);

    clock.advanceMinutes(10);
    const second = await server();
    countingHandler(second.app, []);
    expect(await second.app.kindred.jobs.runDue()).toBe(1);
    expect(await runsOf(database.db)).toEqual({ later: 1 });
  });

  it('runs only jobs that are due, oldest first, and only kinds this server knows', async () => {
    const a = await server();
    const calls: string[] = [];
    countingHandler(a.app, calls);
    const at = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000);
    await a.app.kindred.jobs.schedule(database.db, { kind: KIND, runAt: at(5), payload: { key: 'second' } });
    await a.app.kindred.jobs.schedule(database.db, { kind: KIND, runAt: at(1), payload: { key: 'first' } });
    await a.app.kindred.jobs.schedule(database.db, { kind: KIND, runAt: at(30), payload: { key: 'not yet' } });
    await a.app.kindred.jobs.schedule(database.db, { kind: 'someone.else', runAt: at(0), payload: {} });

    clock.advanceMinutes(5);
    expect(await a.app.kindred.jobs.runDue()).toBe(2);
    expect(calls).toEqual(['first', 'second']);
    const unknown = (await jobsTable(database.db)).filter((job) => job.status === 'pending');
    expect(unknown).toHaveLength(2);
  });

  it('ignores a dedupe key already pending or done, and frees it when cancelled', async () => {
    const a = await server();
    const calls: string[] = [];
    countingHandler(a.app, calls);
    const jobs = a.app.kindred.jobs;
    const soon = new Date(clock.now().getTime() + 60_000);
    await jobs.schedule(database.db, { kind: KIND, runAt: soon, payload: { key: 'one' }, dedupeKey: 'reminder:1' });
    await jobs.schedule(database.db, { kind: KIND, runAt: soon, payload: { key: 'one again' }, dedupeKey: 'reminder:1' });
    // Inside a caller's transaction too, and without an error that would roll the caller back.
    await database.db.transaction().execute((trx) => jobs.schedule(trx, { kind: KIND, runAt: soon, payload: { key: 'and again' }, dedupeKey: 'reminder:1' }));
    expect(await jobsTable(database.db)).toHaveLength(1);

    clock.advanceMinutes(1);
    expect(await jobs.runDue()).toBe(1);
    await jobs.schedule(database.db, { kind: KIND, runAt: clock.now(), payload: { key: 'after done' }, dedupeKey: 'reminder:1' });
    expect(await jobs.runDue()).toBe(0);
    expect(calls).toEqual(['one']);

    await jobs.schedule(database.db, { kind: KIND, runAt: soon, payload: { key: 'moved' }, dedupeKey: 'reminder:2' });
    await jobs.cancel(database.db, 'reminder:2');
    await jobs.schedule(database.db, { kind: KIND, runAt: clock.now(), payload: { key: 'moved' }, dedupeKey: 'reminder:2' });
    expect(await jobs.runDue()).toBe(1);
    expect(calls).toEqual(['one', 'moved']);
  });

  it('cancels pending jobs by exact key or by prefix, leaving others and finished jobs alone', async () => {
    const a = await server();
    const calls: string[] = [];
    countingHandler(a.app, calls);
    const jobs = a.app.kindred.jobs;
    const later = new Date(clock.now().getTime() + 60 * 60_000);
    await jobs.schedule(database.db, { kind: KIND, runAt: clock.now(), payload: { key: 'done already' }, dedupeKey: 'checkin:7:done' });
    expect(await jobs.runDue()).toBe(1);
    for (const key of ['checkin:7:reminder', 'checkin:7:missed', 'checkin:70:reminder', 'checkin:8:reminder', 'checkin%7:x']) {
      await jobs.schedule(database.db, { kind: KIND, runAt: later, payload: { key }, dedupeKey: key });
    }

    await database.db.transaction().execute((trx) => jobs.cancel(trx, 'checkin:7:*'));
    await jobs.cancel(database.db, 'checkin:8:reminder');
    await jobs.cancel(database.db, 'nothing-like-this');
    const left = (await jobsTable(database.db)).map((job) => [job.dedupe_key, job.status]);
    expect(left).toEqual([['checkin:7:done', 'done'], ['checkin:70:reminder', 'pending'], ['checkin%7:x', 'pending']]);

    clock.advanceMinutes(60);
    expect(await jobs.runDue()).toBe(2);
    expect(calls.sort()).toEqual(['checkin%7:x', 'checkin:70:reminder', 'done already']);
  });

  it('retries a failing job with growing backoff, rolls back its writes, and gives up after the limit', async () => {
    const logs: string[] = [];
    const a = await server({ env: { JOBS_MAX_ATTEMPTS: '3', LOG_LEVEL: 'warn' }, logs });
    let failuresLeft = 2;
    a.app.kindred.jobs.register('test.flaky', async (payload: { key: string }, job) => {
      await bump(job.trx, payload.key);
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('could not reach rowan@example.test with key=(secret value) after 123456 tries');
      }
    });
    a.app.kindred.jobs.register('test.broken', async () => {
      throw new Error('always broken for "Rowan"');
    });
    const jobs = a.app.kindred.jobs;
    await jobs.schedule(database.db, { kind: 'test.flaky', runAt: clock.now(), payload: { key: 'flaky' }, dedupeKey: 'flaky' });

    expect(await jobs.runDue()).toBe(0);
    let [job] = await jobsTable(database.db);
    expect(job).toMatchObject({ status: 'pending', attempts: 1, run_at: new Date(clock.now().getTime() + 30_000).toISOString() });
    expect(job!.last_error).toBe('Error: could not reach [email] with key=([redacted]) after [number] tries');
    expect(await runsOf(database.db)).toEqual({});

    clock.advanceSeconds(29);
    expect(await jobs.runDue()).toBe(0);
    expect((await jobsTable(database.db))[0]!.attempts).toBe(1);
    clock.advanceSeconds(1);
    expect(await jobs.runDue()).toBe(0);
    [job] = await jobsTable(database.db);
    expect(job).toMatchObject({ status: 'pending', attempts: 2, run_at: new Date(clock.now().getTime() + 60_000).toISOString() });
    clock.advanceSeconds(60);
    expect(await jobs.runDue()).toBe(1);
    expect((await jobsTable(database.db))[0]).toMatchObject({ status: 'done', attempts: 3, last_error: null });
    expect(await runsOf(database.db)).toEqual({ flaky: 1 });

    await jobs.schedule(database.db, { kind: 'test.broken', runAt: clock.now(), payload: {}, dedupeKey: 'broken' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await jobs.runDue();
      clock.advanceMinutes(10);
    }
    const broken = (await jobsTable(database.db))[1]!;
    expect(broken).toMatchObject({ status: 'failed', attempts: 3, last_error: 'Error: always broken for [redacted]', locked_by: null });
    expect(await jobs.runDue()).toBe(0);
    // A key that failed for good may be queued again.
    await jobs.schedule(database.db, { kind: 'test.broken', runAt: clock.now(), payload: {}, dedupeKey: 'broken' });
    expect((await jobsTable(database.db))[1]).toMatchObject({ status: 'pending', attempts: 0 });

    const logged = logs.join('');
    expect(logged).toContain('job failed for good');
    expect(logged).not.toContain('rowan@example.test');
    expect(logged).not.toContain('secret value');
    expect(logged).not.toContain('Rowan');
  });

  it('takes over a job whose worker stopped mid-job once its lease lapses', async () => {
    const a = await server({ env: { JOBS_LEASE_SECONDS: '120' } });
    const calls: string[] = [];
    countingHandler(a.app, calls);
    await a.app.kindred.jobs.schedule(database.db, { kind: KIND, runAt: clock.now(), payload: { key: 'orphan' } });
    // What a process killed after its claim leaves behind.
    await database.db.updateTable('jobs').set({ status: 'running', locked_by: 'killed-process', locked_until: new Date(clock.now().getTime() + 120_000).toISOString(), attempts: 1 }).execute();

    expect(await a.app.kindred.jobs.runDue()).toBe(0);
    clock.advanceSeconds(119);
    expect(await a.app.kindred.jobs.runDue()).toBe(0);
    clock.advanceSeconds(1);
    expect(await a.app.kindred.jobs.runDue()).toBe(1);
    expect(calls).toEqual(['orphan']);
    expect((await jobsTable(database.db))[0]).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
  });

  it('gives up on a job whose lease lapsed on every attempt', async () => {
    const a = await server({ env: { JOBS_MAX_ATTEMPTS: '2' } });
    const calls: string[] = [];
    countingHandler(a.app, calls);
    await a.app.kindred.jobs.schedule(database.db, { kind: KIND, runAt: clock.now(), payload: { key: 'poison' } });
    await database.db.updateTable('jobs').set({ status: 'running', locked_by: 'killed-again', locked_until: clock.now().toISOString(), attempts: 2 }).execute();

    expect(await a.app.kindred.jobs.runDue()).toBe(0);
    expect(calls).toEqual([]);
    expect((await jobsTable(database.db))[0]).toMatchObject({ status: 'failed', attempts: 3 });
    expect((await jobsTable(database.db))[0]!.last_error).toContain('lease lapsed');
  });

  it('runs jobs that handlers queue for now in the same run', async () => {
    const a = await server();
    const calls: string[] = [];
    countingHandler(a.app, calls);
    a.app.kindred.jobs.register('test.chain', async (payload: { key: string }, job) => {
      await a.app.kindred.jobs.schedule(job.trx, { kind: KIND, runAt: job.runAt, payload: { key: `${payload.key}-next` }, dedupeKey: `${payload.key}-next` });
    });
    await a.app.kindred.jobs.schedule(database.db, { kind: 'test.chain', runAt: clock.now(), payload: { key: 'start' } });
    expect(await a.app.kindred.jobs.runDue()).toBe(2);
    expect(calls).toEqual(['start-next']);
  });

  it('polls on its own with the system clock, and stops when the server closes', async () => {
    const a = await server({ clock: null, env: { JOBS_POLL_SECONDS: '0.05' } });
    const calls: string[] = [];
    countingHandler(a.app, calls);
    await a.app.ready();
    await a.app.kindred.jobs.schedule(database.db, { kind: KIND, runAt: new Date(), payload: { key: 'polled' } });
    await waitFor(() => calls.length === 1);
    await a.close();
    open.splice(open.indexOf(a), 1);
    await a.app.kindred.jobs.schedule(database.db, { kind: KIND, runAt: new Date(), payload: { key: 'after close' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toEqual(['polled']);
  });
});

describe('job error redaction', () => {
  it('keeps the class and code, never addresses, quoted values or long numbers', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key" Key (email)=(sam@example.test) already exists; phone 07700900123'), { code: '23505' });
    expect(redactError(error)).toBe('Error 23505: duplicate key value violates unique constraint [redacted] Key (email)=([redacted]) already exists; phone [number]');
    expect(redactError('plain string')).toBe('Error: plain string');
    expect(redactError(new TypeError('x'.repeat(1000))).length).toBeLessThanOrEqual(300);
  });
});
