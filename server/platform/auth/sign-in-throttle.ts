import type { Config } from '../../config.js';
import { addMinutes, type Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import { sha256Hex } from './tokens.js';

/** After this many failures on one account each further attempt waits twice as long as the last.
 * Addresses are shared (homes, clinics, mobile carriers), so they get only the hard lockout. */
const BACKOFF_AFTER_FAILURES = 3;

export interface SignInThrottle {
  /** Seconds to wait before another attempt is allowed, or 0. */
  retryAfterSeconds(accountKey: string, ipKey: string): Promise<number>;
  recordFailure(accountKey: string, ipKey: string): Promise<void>;
  clear(accountKey: string): Promise<void>;
}

/** Hashed, so the table never holds an email address or IP, not even one typed by a stranger. */
export const throttleKeys = {
  account: (email: string) => `account:${sha256Hex(email)}`,
  ip: (ip: string) => `ip:${sha256Hex(ip)}`,
};

export function createSignInThrottle(db: Db, clock: Clock, limits: Config['signIn']): SignInThrottle {
  const limitFor = (key: string) => (key.startsWith('ip:') ? limits.ipMaxFailures : limits.maxFailures);

  async function waitFor(key: string, now: Date): Promise<number> {
    const row = await db.selectFrom('auth_throttle').selectAll().where('key', '=', key).executeTakeFirst();
    if (!row) return 0;
    const lockedUntil = row.locked_until ? new Date(row.locked_until).getTime() : 0;
    const backoffUntil =
      key.startsWith('account:') && row.failures >= BACKOFF_AFTER_FAILURES
        ? new Date(row.last_failure_at).getTime() + 2 ** (row.failures - BACKOFF_AFTER_FAILURES) * 1000
        : 0;
    const until = Math.max(lockedUntil, backoffUntil);
    return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
  }

  async function fail(key: string, now: Date): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('auth_throttle').selectAll().where('key', '=', key).executeTakeFirst();
      const windowExpired = !row || addMinutes(new Date(row.window_started_at), limits.lockoutMinutes) <= now;
      const failures = windowExpired ? 1 : row.failures + 1;
      const values = {
        failures,
        window_started_at: windowExpired ? now.toISOString() : row.window_started_at,
        last_failure_at: now.toISOString(),
        locked_until: failures >= limitFor(key) ? addMinutes(now, limits.lockoutMinutes).toISOString() : null,
      };
      await trx
        .insertInto('auth_throttle')
        .values({ key, ...values })
        .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
        .execute();
    });
  }

  return {
    async retryAfterSeconds(accountKey, ipKey) {
      const now = clock.now();
      return Math.max(await waitFor(accountKey, now), await waitFor(ipKey, now));
    },
    async recordFailure(accountKey, ipKey) {
      const now = clock.now();
      await fail(accountKey, now);
      await fail(ipKey, now);
    },
    async clear(accountKey) {
      await db.deleteFrom('auth_throttle').where('key', '=', accountKey).execute();
    },
  };
}
