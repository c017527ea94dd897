import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db, DbExecutor, DialectName, Trx } from '../db/connect.js';
import { newId } from '../ids.js';
import { redactError } from './redact.js';

export interface JobSpec {
  kind: string;
  runAt: Date;
  /** Record ids and small settings only: job rows are not personal data and are never exported. */
  payload: Record<string, unknown>;
  dedupeKey?: string;
}

export interface JobContext {
  id: string;
  runAt: Date;
  /** The transaction that also marks the job done: use it (not the app's db) for every query. */
  trx: Trx;
}

export type JobHandler = (payload: any, job: JobContext) => Promise<void>;

export interface JobQueue {
  /** Queues a job inside the caller's transaction (or db). A dedupeKey that is already queued (pending or done) is ignored, never an error. */
  schedule(db: Db | Trx, job: JobSpec): Promise<void>;
  /** Cancels pending jobs with this dedupe key, or every pending job whose key starts with prefix when it ends with '*'. */
  cancel(db: Db | Trx, dedupeKey: string): Promise<void>;
  /** One handler per kind. It runs inside the transaction that marks the job done, so its database writes and the completion commit together (exactly once); external effects (email) must be idempotent or go through their own job. */
  register(kind: string, handler: JobHandler): void;
  /** Claims and runs every job due at clock.now(); returns how many ran. Tests call this with a manual clock. */
  runDue(): Promise<number>;
}

/** The queue plus the poll loop that the app starts when ready and stops when closing. */
export interface JobRunner extends JobQueue {
  /** Polls every `everySeconds` (0: never; tests with a manual clock call runDue themselves). */
  start(everySeconds: number): void;
  /** Stops polling and waits for the job in hand to finish. */
  stop(): Promise<void>;
  readonly workerId: string;
}

export interface JobQueueOptions {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /** How long a claim holds before another process may take the job over (a process killed mid-job). */
  leaseSeconds?: number;
  /** Attempts before a job is given up as failed. */
  maxAttempts?: number;
  /** Delay before the nth retry (n = 1, 2, ...). */
  backoffSeconds?: (attempt: number) => number;
  workerId?: string;
}

export const JOB_STATUS = { pending: 'pending', running: 'running', done: 'done', failed: 'failed' } as const;

/** 30 s, 1 min, 2 min, 4 min ... at most an hour. */
export function defaultBackoffSeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}

const CLAIM_BATCH = 50;
/** A handler that keeps queuing jobs due at once must not keep one runDue() going for ever. */
const MAX_JOBS_PER_RUN = 5000;

class LostClaim extends Error {
  constructor() {
    super('the claim on this job lapsed and another worker took it over');
  }
}

/**
 * Better-sqlite3 waits for a busy database synchronously, blocking the event loop. Two app instances in
 * one process (tests of several "processes" on one SQLite file) would then wait on each other until the
 * busy timeout. Within a process, jobs on one SQLite file therefore run one at a time; separate
 * processes rely on SQLite's own locking and the guarded updates below.
 */
const sqliteFileLocks = new Map<string, Promise<unknown>>();

function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const previous = sqliteFileLocks.get(file) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => undefined);
  sqliteFileLocks.set(file, settled);
  void settled.then(() => {
    if (sqliteFileLocks.get(file) === settled) sqliteFileLocks.delete(file);
  });
  return next;
}

export function createJobQueue(options: JobQueueOptions): JobRunner {
  const { db, clock, log } = options;
  const leaseMs = (options.leaseSeconds ?? 120) * 1000;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = options.backoffSeconds ?? defaultBackoffSeconds;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${newId().slice(-8)}`;
  const handlers = new Map<string, JobHandler>();

  let sqliteFile: Promise<string | null> | null = null;
  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (options.dialect !== 'sqlite') return work();
    sqliteFile ??= sql<{ file: string }>`pragma database_list`.execute(db).then((result) => result.rows.find((row) => (row as { name?: string }).name === 'main')?.file || null);
    const file = await sqliteFile;
    return file ? withFileLock(file, work) : work();
  }

  const iso = (date: Date) => date.toISOString();

  /** Pending and due, or running under a lease that has lapsed. */
  function claimable(nowIso: string) {
    return (eb: any) => eb.or([
      eb.and([eb('status', '=', JOB_STATUS.pending), eb('run_at', '<=', nowIso)]),
      eb.and([eb('status', '=', JOB_STATUS.running), eb('locked_until', '<=', nowIso)]),
    ]);
  }

  async function candidates(nowIso: string, skip: Set<string>): Promise<string[]> {
    if (handlers.size === 0) return [];
    let query = db.selectFrom('jobs').select('id')
      .where('kind', 'in', [...handlers.keys()])
      .where(claimable(nowIso))
      .orderBy('run_at').orderBy('id')
      .limit(CLAIM_BATCH + skip.size);
    if (skip.size > 0) query = query.where('id', 'not in', [...skip]);
    return (await query.execute()).map((row) => row.id);
  }

  /** The guarded UPDATE: of every worker trying at once, exactly one changes the row. */
  async function claim(id: string): Promise<boolean> {
    const now = clock.now();
    const result = await db.updateTable('jobs')
      .set((eb) => ({ status: JOB_STATUS.running, locked_by: workerId, locked_until: iso(new Date(now.getTime() + leaseMs)), attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where(claimable(iso(now)))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async function fail(id: string, attempts: number, error: unknown, kind: string): Promise<void> {
    const now = clock.now();
    const giveUp = attempts >= maxAttempts;
    const lastError = redactError(error);
    await db.updateTable('jobs')
      .set(giveUp
        ? { status: JOB_STATUS.failed, locked_by: null, locked_until: null, last_error: lastError, finished_at: iso(now) }
        : { status: JOB_STATUS.pending, locked_by: null, locked_until: null, last_error: lastError, run_at: iso(new Date(now.getTime() + backoff(attempts) * 1000)) })
      .where('id', '=', id).where('status', '=', JOB_STATUS.running).where('locked_by', '=', workerId)
      .execute();
    // Only the kind, id and error class are logged: messages can carry values from the data.
    const summary = { jobId: id, kind, attempts, error: lastError.split(':')[0] };
    if (giveUp) log.error(summary, 'job failed for good');
    else log.warn(summary, 'job failed; will retry');
  }

  /** Runs one claimed job: its writes and its completion commit together, or neither does. */
  async function execute(id: string): Promise<boolean> {
    const job = await db.selectFrom('jobs').select(['kind', 'payload', 'run_at', 'attempts']).where('id', '=', id).executeTakeFirst();
    if (!job) return false;
    const handler = handlers.get(job.kind);
    if (!handler) return false;
    if (job.attempts > maxAttempts) {
      await fail(id, job.attempts, new Error('lease lapsed on every attempt (the worker stopped mid-job)'), job.kind);
      return false;
    }
    try {
      await db.transaction().execute(async (trx) => {
        // Taking the row first holds it for the whole job on PostgreSQL: a worker that sees the lease
        // lapse waits for this transaction and then finds the job done.
        const mine = await trx.updateTable('jobs')
          .set({ locked_until: iso(new Date(clock.now().getTime() + leaseMs)) })
          .where('id', '=', id).where('status', '=', JOB_STATUS.running).where('locked_by', '=', workerId)
          .executeTakeFirst();
        if (Number(mine.numUpdatedRows) !== 1) throw new LostClaim();
        await handler(JSON.parse(job.payload), { id, runAt: new Date(job.run_at), trx });
        await trx.updateTable('jobs')
          .set({ status: JOB_STATUS.done, locked_by: null, locked_until: null, last_error: null, finished_at: iso(clock.now()) })
          .where('id', '=', id).where('locked_by', '=', workerId)
          .execute();
      });
      return true;
    } catch (error) {
      if (error instanceof LostClaim) return false;
      await fail(id, job.attempts, error, job.kind).catch((failError: unknown) => log.error({ jobId: id, kind: job.kind, error: redactError(failError).split(':')[0] }, 'could not record a job failure'));
      return false;
    }
  }

  async function runDue(): Promise<number> {
    let ran = 0;
    let tried = 0;
    const skip = new Set<string>();
    for (;;) {
      const ids = await exclusive(() => candidates(iso(clock.now()), skip));
      if (ids.length === 0) return ran;
      let claimedAny = false;
      for (const id of ids) {
        if (tried >= MAX_JOBS_PER_RUN) return ran;
        const outcome = await exclusive(async () => {
          if (!(await claim(id))) return 'taken' as const;
          return (await execute(id)) ? 'done' as const : 'not-done' as const;
        });
        if (outcome === 'taken') continue;
        claimedAny = true;
        tried += 1;
        if (outcome === 'done') ran += 1;
        // A failed job goes back to pending with a later run_at; never pick it up twice in one run.
        skip.add(id);
      }
      if (!claimedAny) return ran;
    }
  }

  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<unknown> | null = null;

  return {
    workerId,

    async schedule(executor: DbExecutor, job: JobSpec): Promise<void> {
      const now = iso(clock.now());
      const row = {
        id: newId(), kind: job.kind, payload: JSON.stringify(job.payload), dedupe_key: job.dedupeKey ?? null, run_at: iso(job.runAt),
        status: JOB_STATUS.pending, attempts: 0, locked_by: null, locked_until: null, last_error: null, created_at: now, finished_at: null,
      };
      if (!job.dedupeKey) {
        await executor.insertInto('jobs').values(row).execute();
        return;
      }
      // A key already pending, running or done is left alone; a key that failed for good may be queued again.
      await executor.insertInto('jobs').values(row)
        .onConflict((conflict) => conflict.column('dedupe_key').doUpdateSet({
          kind: row.kind, payload: row.payload, run_at: row.run_at, status: JOB_STATUS.pending, attempts: 0, last_error: null, created_at: now, finished_at: null,
        }).where('jobs.status', '=', JOB_STATUS.failed))
        .execute();
    },

    async cancel(executor: DbExecutor, dedupeKey: string): Promise<void> {
      // Cancelled jobs are deleted, which frees their key for a new schedule (a moved reminder).
      let query = executor.deleteFrom('jobs').where('status', '=', JOB_STATUS.pending);
      if (dedupeKey.endsWith('*')) {
        const prefix = dedupeKey.slice(0, -1);
        query = query.where(sql<string>`substr(dedupe_key, 1, ${prefix.length})`, '=', prefix);
      } else {
        query = query.where('dedupe_key', '=', dedupeKey);
      }
      await query.execute();
    },

    register(kind: string, handler: JobHandler): void {
      if (handlers.has(kind)) throw new Error(`A job handler for ${kind} is registered twice`);
      handlers.set(kind, handler);
    },

    runDue,

    start(everySeconds: number): void {
      if (everySeconds <= 0 || timer) return;
      timer = setInterval(() => {
        if (inFlight) return;
        inFlight = runDue()
          .catch((error: unknown) => log.error({ error: redactError(error).split(':')[0] }, 'job poll failed'))
          .finally(() => {
            inFlight = null;
          });
      }, everySeconds * 1000);
      timer.unref();
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await inFlight;
    },
  };
}
