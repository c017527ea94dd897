import { describe, expect, it } from 'vitest';
import { newId } from '../ids.js';
import { type ServerProcess, startServerProcess } from '../../test/processes/server-process.js';
import { seededDatabase } from '../../test/processes/seeded-database.js';
import { createJobQueue } from './job-queue.js';

const PEOPLE = 300;
const LEASE_SECONDS = 5;

/**
 * Two real server processes (server/main.ts) poll one database for due jobs. The work is the weekly
 * digest, a real job: each run writes one notification and queues next week's digest.
 */
describe.each(['postgres', 'sqlite'] as const)('durable jobs across server processes on %s', (dialect) => {
  it('runs each due job exactly once, also when one process is killed with SIGKILL in the middle of a job', async () => {
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
    try {
      servers.push(await startServerProcess(env), await startServerProcess(env));
      const [doomed] = servers;

      // Queued once both are polling, the way another process (a service) would queue them.
      const queue = createJobQueue({ db: database.db, dialect, clock: { now: () => new Date() }, log: { info: () => undefined, warn: () => undefined, error: () => undefined } });
      const due = new Date(Date.now() - 60_000);
      await database.db.transaction().execute(async (trx) => {
        for (const userId of userIds) {
          await queue.schedule(trx, { kind: 'notifications.digest', runAt: due, payload: { userId }, dedupeKey: `digest:${userId}:${due.toISOString()}` });
        }
      });

      // Kill the first process while it holds a job. Seen holding one, it is frozen (SIGSTOP) so it cannot
      // finish the job between our look and the kill; if it had already finished, it runs on and we look again.
      const heldByDoomed = () => database.db.selectFrom('jobs').select(['id', 'locked_by']).where('status', '=', 'running')
        .where('locked_by', 'like', `%:${doomed!.pid}:%`).execute();
      let orphans: string[] = [];
      const started = Date.now();
      while (orphans.length === 0 && Date.now() - started < 20_000) {
        if ((await heldByDoomed()).length === 0) continue;
        process.kill(doomed!.pid, 'SIGSTOP');
        orphans = (await heldByDoomed()).map((row) => row.id);
        if (orphans.length > 0) await doomed!.kill();
        else process.kill(doomed!.pid, 'SIGCONT');
      }

      const initialJobs = () => database.db.selectFrom('jobs').select(['id', 'status', 'attempts']).where('kind', '=', 'notifications.digest').where('run_at', '=', due.toISOString()).execute();
      let settled = false;
      const deadline = Date.now() + 60_000;
      while (!settled && Date.now() < deadline) {
        settled = (await initialJobs()).every((job) => job.status === 'done');
        if (!settled) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const jobs = await initialJobs();
      expect(jobs.filter((job) => job.status !== 'done')).toEqual([]);

      // Exactly one digest per person, and exactly one next-week digest queued for each.
      const digests = await database.db.selectFrom('notifications').select(['user_id']).where('kind', '=', 'digest.weekly').execute();
      expect(digests).toHaveLength(PEOPLE);
      expect(new Set(digests.map((row) => row.user_id)).size).toBe(PEOPLE);
      const nextWeek = await database.db.selectFrom('jobs').select(['payload', 'status']).where('kind', '=', 'notifications.digest').where('run_at', '!=', due.toISOString()).execute();
      expect(nextWeek).toHaveLength(PEOPLE);
      expect(nextWeek.every((job) => job.status === 'pending')).toBe(true);

      // A job the killed process held was taken over by the survivor once its lease lapsed.
      if (orphans.length > 0) {
        const takenOver = jobs.filter((job) => orphans.includes(job.id));
        expect(takenOver.length).toBe(orphans.length);
        expect(takenOver.every((job) => job.status === 'done' && job.attempts === 2)).toBe(true);
      }
      expect(orphans.length, 'the first process was killed while it held a job').toBeGreaterThan(0);
    } finally {
      for (const server of servers) await server.stop();
      await database.dispose();
    }
  });
});
