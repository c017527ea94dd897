import { describe, expect, it } from 'vitest';
import { newId } from '../ids.js';
import { type ServerProcess, startServerProcess } from '../../test/processes/server-process.js';
import { seededDatabase } from '../../test/processes/seeded-database.js';
import { createJobQueue } from './job-queue.js';

const PEOPLE = 300;
const LEASE_SECONDS = 5;

/**
 * Real server processes (server/main.ts) poll one database for due jobs. The work is the weekly
 * digest, a real job: each run writes one notification and queues next week's digest.
 */
describe.each(['postgres', 'sqlite'] as const)('durable jobs across server processes on %s', (dialect) => {
  it('runs each due job exactly once with two processes polling, and takes over a job whose process was killed with SIGKILL mid-job', async () => {
    const { database, seeded: userIds } = await seededDatabase(dialect, async (app) => {
      const at = new Date().toISOString();
      const ids = Array.from({ length: PEOPLE }, () => newId());
      for (let start = 0; start < ids.length; start += 100) {
        const batch = ids.slice(start, start + 100);
        await app.kindred.db.insertInto('users').values(batch.map((id, index) => ({
          id, email: `digest${start + index}@example.test`, handle: `Digest ${start + index}`, handle_key: `digest ${start + index}`,
          password_hash: 'not-a-real-hash', locale: 'en', created_at: at, updated_at: at, password_changed_at: at,
        }))).execute();
        await app.kindred.db.insertInto('notification_preferences').values(batch.map((id) => ({
          user_id: id, channels: '{}', reminder_minutes_before: 60, quiet_from: null, quiet_until: null, weekly_digest: 1, updated_at: at,
        }))).execute();
      }
      return ids;
    });
    const env = { DATABASE_URL: database.url, JOBS_POLL_SECONDS: '0.1', JOBS_LEASE_SECONDS: String(LEASE_SECONDS) };
    const servers: ServerProcess[] = [];
    const start = async () => {
      const server = await startServerProcess(env);
      servers.push(server);
      return server;
    };
    // Queued in one transaction, the way another process (a service) would queue them.
    const queue = createJobQueue({ db: database.db, dialect, clock: { now: () => new Date() }, log: { info: () => undefined, warn: () => undefined, error: () => undefined } });
    const queueDigests = (due: Date) => database.db.transaction().execute(async (trx) => {
      for (const userId of userIds) {
        await queue.schedule(trx, { kind: 'notifications.digest', runAt: due, payload: { userId }, dedupeKey: `digest:${userId}:${due.toISOString()}` });
      }
    });
    const digestsDueAt = (due: Date) => database.db.selectFrom('jobs').select(['id', 'status', 'attempts']).where('kind', '=', 'notifications.digest').where('run_at', '=', due.toISOString()).execute();
    const allDone = async (due: Date) => {
      const deadline = Date.now() + 60_000;
      let jobs = await digestsDueAt(due);
      while (jobs.some((job) => job.status !== 'done') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        jobs = await digestsDueAt(due);
      }
      return jobs;
    };
    try {
      // Round one: two processes poll at once; each job runs exactly once between them.
      const [doomed, other] = [await start(), await start()];
      const firstDue = new Date(Date.now() - 60_000);
      await queueDigests(firstDue);
      expect((await allDone(firstDue)).filter((job) => job.status !== 'done')).toEqual([]);

      // Round two: one process is killed with SIGKILL while it holds a job. It runs alone, so it is sure
      // to hold some; seen holding one, it is frozen (SIGSTOP) so it cannot finish between the look and
      // the kill. A fresh process then takes the orphan over once the lease lapses.
      await other.stop();
      const secondDue = new Date(Date.now() - 120_000);
      await queueDigests(secondDue);
      const heldByDoomed = () => database.db.selectFrom('jobs').select('id').where('status', '=', 'running')
        .where('locked_by', 'like', `%:${doomed.pid}:%`).execute();
      let orphans: string[] = [];
      const watching = Date.now();
      while (orphans.length === 0 && Date.now() - watching < 30_000) {
        if ((await heldByDoomed()).length === 0) continue;
        process.kill(doomed.pid, 'SIGSTOP');
        orphans = (await heldByDoomed()).map((row) => row.id);
        if (orphans.length > 0) await doomed.kill();
        else process.kill(doomed.pid, 'SIGCONT');
      }
      expect(orphans.length, 'the process was killed while it held a job').toBeGreaterThan(0);
      await start();
      const secondRound = await allDone(secondDue);
      expect(secondRound.filter((job) => job.status !== 'done')).toEqual([]);
      const takenOver = secondRound.filter((job) => orphans.includes(job.id));
      expect(takenOver.map((job) => job.attempts)).toEqual(orphans.map(() => 2));

      // Exactly two digests per person, and one next-week digest queued for each (both rounds name the same week).
      const digests = await database.db.selectFrom('notifications').select(['user_id']).where('kind', '=', 'digest.weekly').execute();
      expect(digests).toHaveLength(2 * PEOPLE);
      const perPerson = new Map<string, number>();
      for (const { user_id } of digests) perPerson.set(user_id, (perPerson.get(user_id) ?? 0) + 1);
      expect([...perPerson.values()].every((count) => count === 2) && perPerson.size === PEOPLE).toBe(true);
      const nextWeek = await database.db.selectFrom('jobs').select(['status']).where('kind', '=', 'notifications.digest')
        .where('run_at', 'not in', [firstDue.toISOString(), secondDue.toISOString()]).execute();
      expect(nextWeek).toHaveLength(PEOPLE);
      expect(nextWeek.every((job) => job.status === 'pending')).toBe(true);
    } finally {
      for (const server of servers) await server.stop();
      await database.dispose();
    }
  });
});
