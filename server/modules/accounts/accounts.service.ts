import type { ChangePasswordBody, MeDto, SessionDto } from '../../../shared/contracts/accounts.js';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/locales.js';
import type { Actor } from '../../platform/auth/actor.js';
import { judgePasswordStrength } from '../../platform/auth/passwords.js';
import type { SessionClient } from '../../platform/auth/session-store.js';
import { rolesRepo } from '../../platform/auth/roles.repo.js';
import { throttleKeys } from '../../platform/auth/sign-in-throttle.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import { type DbExecutor, isUniqueViolation, type Trx, uniqueViolationTarget } from '../../platform/db/connect.js';
import { fieldError, HttpProblem, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { accountsRepo, handleKey, type UserRow } from './accounts.repo.js';
import { sessionOwnerScope } from './accounts.policy.js';
import { presentMe, presentSession } from './accounts.presenter.js';

export interface ClientInfo extends SessionClient {
  ip: string;
}

export interface NewAccount {
  email: string;
  password: string;
  handle: string;
  locale?: Locale;
}

export interface SignedIn {
  user: MeDto;
  token: string;
}

const invalidCredentials = () => new HttpProblem(401, 'invalid_credentials', 'The email or password is not correct.');

export type AccountsService = ReturnType<typeof createAccountsService>;

export interface AccountHooks {
  /** Runs inside the registration transaction, e.g. to record the consents given on sign-up. */
  onRegistered(trx: Trx, userId: string): Promise<void>;
}

export function createAccountsService(ctx: PlatformContext, hooks: AccountHooks) {
  const { db, clock, hasher, sessions, throttle } = ctx;

  function assertStrongPassword(field: string, password: string, personalWords: string[]): void {
    const verdict = judgePasswordStrength(password, personalWords);
    if (!verdict.acceptable) {
      throw problems.invalidFields([
        fieldError(field, 'password_weak', `This password is too easy to guess. ${verdict.hint}`),
      ]);
    }
  }

  function conflictFor(taken: { email: boolean; handle: boolean }): HttpProblem {
    return problems.conflict([
      ...(taken.email ? [fieldError('email', 'email_taken')] : []),
      ...(taken.handle ? [fieldError('handle', 'handle_taken')] : []),
    ]);
  }

  async function loadMe(userId: string): Promise<MeDto> {
    const user = await accountsRepo.findById(db, userId);
    if (!user) throw problems.unauthenticated();
    return presentMe(user, await rolesRepo.of(db, userId));
  }

  /** Creates the account without signing in: used by registration, the admin CLI and demo data. */
  async function createAccount(
    account: NewAccount,
    roles: Actor['roles'] = ['member'],
    options: { checkStrength: boolean; registering?: boolean } = { checkStrength: true },
  ) {
    if (options.checkStrength) {
      assertStrongPassword('password', account.password, [account.email, account.email.split('@')[0] ?? '', account.handle]);
    }
    const passwordHash = await hasher.hash(account.password);
    const now = clock.now().toISOString();
    const userId = newId();
    try {
      await db.transaction().execute(async (trx) => {
        const taken = await accountsRepo.takenFields(trx, account.email, account.handle);
        if (taken.email || taken.handle) throw conflictFor(taken);
        await accountsRepo.insertUser(trx, {
          id: userId,
          email: account.email,
          handle: account.handle,
          handle_key: handleKey(account.handle),
          password_hash: passwordHash,
          locale: account.locale ?? DEFAULT_LOCALE,
          created_at: now,
          updated_at: now,
          password_changed_at: now,
        });
        for (const role of new Set<Actor['roles'][number]>(['member', ...roles])) {
          await rolesRepo.add(trx, userId, role, null, now);
        }
        if (options.registering) await hooks.onRegistered(trx, userId);
        await recordAudit(trx, { action: 'account.registered', at: clock.now(), actorId: userId, subjectType: 'user', subjectId: userId });
      });
    } catch (error) {
      // Two registrations racing past the pre-check meet the unique constraints instead.
      if (isUniqueViolation(error)) {
        const target = uniqueViolationTarget(error);
        throw conflictFor({ email: target.includes('email'), handle: target.includes('handle') });
      }
      throw error;
    }
    return userId;
  }

  /** Re-authentication for sensitive changes, throttled like sign-in so it cannot be used to guess. */
  async function confirmPassword(actor: Actor, password: string, client: ClientInfo, field: string): Promise<UserRow> {
    const user = await accountsRepo.findById(db, actor.userId);
    if (!user) throw problems.unauthenticated();
    const accountKey = throttleKeys.account(user.email);
    const ipKey = throttleKeys.ip(client.ip);
    const wait = await throttle.retryAfterSeconds(accountKey, ipKey);
    if (wait > 0) throw problems.tooManyAttempts(wait);
    if (!(await hasher.verify(user.password_hash, password))) {
      await throttle.recordFailure(accountKey, ipKey);
      throw problems.invalidFields([fieldError(field, 'current_password_wrong')]);
    }
    return user;
  }

  async function startSession(userId: string, client: ClientInfo, action: string): Promise<SignedIn> {
    const { token } = await db.transaction().execute(async (trx) => {
      const created = await sessions.create(trx, userId, client);
      await recordAudit(trx, { action, at: clock.now(), actorId: userId, subjectType: 'session', subjectId: created.sessionId, ip: client.ip });
      return created;
    });
    return { token, user: await loadMe(userId) };
  }

  return {
    createAccount,

    /** The public identity of a person: their id and handle, nothing else. */
    async identity(executor: DbExecutor, userId: string): Promise<{ id: string; handle: string } | null> {
      const user = await accountsRepo.findById(executor, userId);
      return user ? { id: user.id, handle: user.handle } : null;
    },

    identityByHandle: (executor: DbExecutor, handle: string) => accountsRepo.findByHandle(executor, handle),
    identityById: (executor: DbExecutor, id: string) => accountsRepo.findById(executor, id),

    /** Inside the caller's transaction, so a profile save and its handle change land together. */
    async changeHandle(executor: DbExecutor, userId: string, handle: string): Promise<void> {
      const current = await accountsRepo.findById(executor, userId);
      if (!current || current.handle === handle) return;
      const owner = await accountsRepo.findByHandle(executor, handle);
      if (owner && owner.id !== userId) throw conflictFor({ email: false, handle: true });
      try {
        await accountsRepo.updateHandle(executor, userId, handle, clock.now().toISOString());
      } catch (error) {
        if (isUniqueViolation(error)) throw conflictFor({ email: false, handle: true });
        throw error;
      }
    },

    async register(account: NewAccount, client: ClientInfo): Promise<SignedIn> {
      const userId = await createAccount(account, ['member'], { checkStrength: true, registering: true });
      return startSession(userId, client, 'auth.signed_in');
    },

    async signIn(email: string, password: string, client: ClientInfo): Promise<SignedIn> {
      const accountKey = throttleKeys.account(email);
      const ipKey = throttleKeys.ip(client.ip);
      const wait = await throttle.retryAfterSeconds(accountKey, ipKey);
      if (wait > 0) {
        await recordAudit(db, { action: 'auth.sign_in_throttled', at: clock.now(), ip: client.ip, details: { retryAfterSeconds: wait } });
        throw problems.tooManyAttempts(wait);
      }
      const user = await accountsRepo.findByEmail(db, email);
      const valid = user ? await hasher.verify(user.password_hash, password) : (await hasher.verifyAgainstNothing(password), false);
      if (!user || !valid) {
        await throttle.recordFailure(accountKey, ipKey);
        await recordAudit(db, {
          action: 'auth.sign_in_failed',
          at: clock.now(),
          subjectType: user ? 'user' : null,
          subjectId: user?.id ?? null,
          ip: client.ip,
          details: { reason: user ? 'wrong_password' : 'unknown_account' },
        });
        throw invalidCredentials();
      }
      await throttle.clear(accountKey);
      return startSession(user.id, client, 'auth.signed_in');
    },

    me: (actor: Actor) => loadMe(actor.userId),

    async updateLocale(actor: Actor, locale: Locale): Promise<MeDto> {
      await accountsRepo.updateLocale(db, actor.userId, locale, clock.now().toISOString());
      return loadMe(actor.userId);
    },

    async signOut(actor: Actor, ip: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await sessions.revoke(trx, actor.userId, actor.sessionId);
        await recordAudit(trx, { action: 'auth.signed_out', at: clock.now(), actorId: actor.userId, subjectType: 'session', subjectId: actor.sessionId, ip });
      });
    },

    async signOutEverywhere(actor: Actor, ip: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const revoked = await sessions.revokeAll(trx, sessionOwnerScope(actor));
        await recordAudit(trx, { action: 'session.revoked_all', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: actor.userId, ip, details: { revoked } });
      });
    },

    async listSessions(actor: Actor): Promise<SessionDto[]> {
      const rows = await sessions.listActive(sessionOwnerScope(actor));
      return rows.map((row) => presentSession(row, actor.sessionId));
    },

    async revokeSession(actor: Actor, sessionId: string, ip: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const revoked = await sessions.revoke(trx, sessionOwnerScope(actor), sessionId);
        if (!revoked) throw problems.notFound('session');
        await recordAudit(trx, { action: 'session.revoked', at: clock.now(), actorId: actor.userId, subjectType: 'session', subjectId: sessionId, ip });
      });
    },

    confirmPassword,

    /** Every session ends, this one included; the caller gets a fresh session so they stay signed in here. */
    async changePassword(actor: Actor, body: ChangePasswordBody, client: ClientInfo): Promise<SignedIn> {
      const user = await confirmPassword(actor, body.currentPassword, client, 'currentPassword');
      assertStrongPassword('newPassword', body.newPassword, [user.email, user.email.split('@')[0] ?? '', user.handle]);
      const passwordHash = await hasher.hash(body.newPassword);
      const { token } = await db.transaction().execute(async (trx) => {
        const now = clock.now();
        await accountsRepo.updatePassword(trx, user.id, passwordHash, now.toISOString());
        const revoked = await sessions.revokeAll(trx, user.id);
        const created = await sessions.create(trx, user.id, client);
        await recordAudit(trx, { action: 'account.password_changed', at: now, actorId: user.id, subjectType: 'user', subjectId: user.id, ip: client.ip, details: { sessionsRevoked: revoked } });
        return created;
      });
      return { token, user: await loadMe(user.id) };
    },
  };
}
