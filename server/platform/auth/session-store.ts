import { isStaff, type Role } from '../../../shared/roles.js';
import type { Config } from '../../config.js';
import { addMinutes, type Clock } from '../clock.js';
import type { Db, DbExecutor } from '../db/connect.js';
import { newId } from '../ids.js';
import type { Actor } from './actor.js';
import { rolesRepo } from './roles.repo.js';
import { newSecretToken, sha256Hex } from './tokens.js';

/** Touching a session on every request would turn reads into writes; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionClient {
  userAgent: string | null;
  ip: string | null;
}

export interface SessionStore {
  create(db: DbExecutor, userId: string, client: SessionClient): Promise<{ token: string; sessionId: string }>;
  resolve(token: string): Promise<Actor | null>;
  /** Like resolve, also saying when the session lapses; `touch: false` reads without counting as activity. */
  check(token: string, options: { touch: boolean }): Promise<{ actor: Actor; expiresAt: string } | null>;
  onRevoked(listener: (revoked: RevokedSessions) => void): void;
  revoke(db: DbExecutor, userId: string, sessionId: string): Promise<boolean>;
  revokeAll(db: DbExecutor, userId: string, options?: { except?: string }): Promise<number>;
  listActive(userId: string): Promise<SessionRow[]>;
  absoluteLifetimeSeconds(): number;
}

/** One session, or all of a person's sessions except perhaps one. */
export type RevokedSessions = { userId: string; sessionId: string } | { userId: string; exceptSessionId?: string };

export interface SessionRow {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
}

export function createSessionStore(db: Db, clock: Clock, config: Config['sessions']): SessionStore {
  const idleMinutesFor = (roles: readonly Role[]) =>
    isStaff(roles) ? config.idleMinutesStaff : config.idleMinutesMember;

  function expiry(lastSeenAt: string, absoluteExpiresAt: string, roles: readonly Role[]): string {
    const idle = addMinutes(new Date(lastSeenAt), idleMinutesFor(roles)).toISOString();
    return idle < absoluteExpiresAt ? idle : absoluteExpiresAt;
  }

  const revokedListeners: Array<(revoked: RevokedSessions) => void> = [];
  const announceRevoked = (revoked: RevokedSessions) => revokedListeners.forEach((listener) => listener(revoked));

  async function check(token: string, options: { touch: boolean }): Promise<{ actor: Actor; expiresAt: string } | null> {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.id', 'sessions.user_id', 'sessions.last_seen_at', 'sessions.absolute_expires_at', 'users.handle', 'users.locale'])
      .where('sessions.token_hash', '=', sha256Hex(token))
      .where('sessions.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return null;
    const roles = await rolesRepo.of(db, row.user_id);
    const now = clock.now();
    const nowIso = now.toISOString();
    // Roles can change mid-session, so the idle limit is computed from the roles held now.
    let expiresAt = expiry(row.last_seen_at, row.absolute_expires_at, roles);
    if (expiresAt <= nowIso) return null;
    if (options.touch && now.getTime() - new Date(row.last_seen_at).getTime() >= TOUCH_INTERVAL_MS) {
      expiresAt = expiry(nowIso, row.absolute_expires_at, roles);
      await db.updateTable('sessions').set({ last_seen_at: nowIso, idle_expires_at: expiresAt }).where('id', '=', row.id).execute();
    }
    return { actor: { userId: row.user_id, sessionId: row.id, handle: row.handle, locale: row.locale, roles }, expiresAt };
  }

  return {
    absoluteLifetimeSeconds: () => config.absoluteDays * 24 * 60 * 60,

    async create(executor, userId, client) {
      const token = newSecretToken();
      const now = clock.now();
      const roles = await rolesRepo.of(executor, userId);
      const sessionId = newId();
      await executor
        .insertInto('sessions')
        .values({
          id: sessionId,
          user_id: userId,
          token_hash: sha256Hex(token),
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          idle_expires_at: addMinutes(now, idleMinutesFor(roles)).toISOString(),
          absolute_expires_at: addMinutes(now, config.absoluteDays * 24 * 60).toISOString(),
          revoked_at: null,
          user_agent: client.userAgent?.slice(0, 300) ?? null,
          ip: client.ip,
        })
        .execute();
      return { token, sessionId };
    },

    resolve: async (token) => (await check(token, { touch: true }))?.actor ?? null,
    check,
    onRevoked: (listener) => revokedListeners.push(listener),

    async revoke(executor, userId, sessionId) {
      const result = await executor
        .updateTable('sessions')
        .set({ revoked_at: clock.now().toISOString() })
        .where('id', '=', sessionId)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      const revoked = Number(result.numUpdatedRows) > 0;
      if (revoked) announceRevoked({ userId, sessionId });
      return revoked;
    },

    async revokeAll(executor, userId, options = {}) {
      let query = executor
        .updateTable('sessions')
        .set({ revoked_at: clock.now().toISOString() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null);
      if (options.except) query = query.where('id', '!=', options.except);
      const result = await query.executeTakeFirst();
      announceRevoked({ userId, exceptSessionId: options.except });
      return Number(result.numUpdatedRows);
    },
    async listActive(userId) {
      const roles = await rolesRepo.of(db, userId);
      const nowIso = clock.now().toISOString();
      const rows = await db
        .selectFrom('sessions')
        .select(['id', 'created_at', 'last_seen_at', 'absolute_expires_at', 'user_agent'])
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('absolute_expires_at', '>', nowIso)
        .orderBy('last_seen_at', 'desc')
        .execute();
      return rows
        .map((row) => ({
          id: row.id,
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
          expiresAt: expiry(row.last_seen_at, row.absolute_expires_at, roles),
          userAgent: row.user_agent,
        }))
        .filter((session) => session.expiresAt > nowIso);
    },
  };
}
