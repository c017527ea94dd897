import {
  NOTIFICATION_KINDS, notificationData, type NotificationKind, notificationKind, type NotificationListDto, type NotificationPreferencesDto,
  type NotificationPreferencesInput, REMINDER_MINUTES_DEFAULT,
} from '../../../shared/contracts/notifications.js';
import type { FastifyBaseLogger } from 'fastify';
import type { FieldError } from '../../../shared/contracts/problem.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import type { Db, DbExecutor, Trx } from '../../platform/db/connect.js';
import { fieldError, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { afterQuietHours, nextDigestAt, zoneOrUtc } from './notification-times.js';
import { localeOf, renderNotificationEmail } from './notifications.email.js';
import { canTurnOffInApp, isInternalLink, notificationOwner } from './notifications.policy.js';
import { decodeCursor, encodeCursor, presentNotification, presentPreferences, resolvePreferences, type ResolvedPreferences } from './notifications.presenter.js';
import { notificationsRepo as repo } from './notifications.repo.js';

export interface NotifyInput {
  userId: string;
  kind: NotificationKind;
  data: Record<string, string | number | null>;
  link?: string;
}

export interface Notifier {
  /** Stores an in-app notification inside the caller's transaction; after commit it arrives in real time ('notification:new' to the user's sockets via ctx.realtime.toUser) and, if the person chose email for this kind and SMTP is configured, an email job is queued, deferred past their quiet hours. */
  notify(trx: Trx, n: NotifyInput): Promise<void>;
  /** The person's reminder lead time in minutes (their preference, default 60). */
  reminderLeadMinutes(db: Db | Trx, userId: string): Promise<number>;
}

export const EMAIL_JOB = 'notifications.email';
export const DIGEST_JOB = 'notifications.digest';
export const digestKeyPrefix = (userId: string) => `digest:${userId}:`;

/**
 * How long to look for a notification's commit before giving up on announcing it live (the caller's
 * transaction rolled back, or is very slow); the notification centre still shows it when opened.
 */
const ANNOUNCE_GIVE_UP_MS = 60_000;

export type NotificationsService = ReturnType<typeof createNotificationsService>;

export function createNotificationsService(ctx: PlatformContext, deps: { log: Pick<FastifyBaseLogger, 'warn'> }) {
  const { db, clock, jobs, mail, realtime, config } = ctx;
  const pendingAnnouncements = new Set<NodeJS.Timeout>();
  let closed = false;

  async function preferencesOf(executor: DbExecutor, userId: string): Promise<ResolvedPreferences> {
    return resolvePreferences(await repo.preferences(executor, userId));
  }

  async function timeZoneOf(executor: DbExecutor, userId: string): Promise<string> {
    return zoneOrUtc(await repo.timeZoneOf(executor, userId));
  }

  /**
   * notify() runs inside someone else's transaction, so it cannot know when that commits. It looks for
   * the row from outside the transaction instead: on SQLite that read waits for the transaction to end;
   * on PostgreSQL the row becomes visible at commit. A rollback means it never appears: nothing is sent.
   */
  function announceWhenCommitted(userId: string, id: string): void {
    const started = Date.now();
    let delay = 0;
    const check = () => {
      if (closed) return;
      const timer = setTimeout(() => {
        pendingAnnouncements.delete(timer);
        void (async () => {
          const row = await repo.findOwn(db, userId, id);
          if (!row) {
            if (Date.now() - started < ANNOUNCE_GIVE_UP_MS) {
              delay = Math.min(1000, Math.max(5, delay * 2));
              check();
            }
            return;
          }
          if (row.read_at !== null) return;
          realtime.toUser(userId, 'notification:new', { notification: presentNotification(row), unreadCount: await repo.unreadCount(db, userId) });
        })().catch((error: unknown) => {
          if (!closed) deps.log.warn({ kind: 'notification.announce', error: error instanceof Error ? error.name : 'unknown' }, 'could not announce a notification');
        });
      }, delay);
      timer.unref();
      pendingAnnouncements.add(timer);
    };
    check();
  }

  const notifier: Notifier = {
    async notify(trx, n) {
      const kind = notificationKind.parse(n.kind);
      const data = notificationData.parse(n.data);
      if (n.link !== undefined && !isInternalLink(n.link)) throw new Error(`A notification link must be a path inside Kindred (kind ${kind})`);
      const prefs = await preferencesOf(trx, n.userId);
      const channel = prefs.channels[kind];
      const email = channel.email && mail.configured;
      if (!channel.inApp && !email) return;
      const now = clock.now();
      const id = newId();
      // With in-app turned off the row exists only for its email, and never counts as unread.
      await repo.insert(trx, {
        id, user_id: n.userId, kind, data: JSON.stringify(data), link: n.link ?? null,
        created_at: now.toISOString(), read_at: channel.inApp ? null : now.toISOString(), emailed_at: null,
      });
      if (email) {
        const runAt = afterQuietHours(now, { from: prefs.quietFrom, until: prefs.quietUntil }, await timeZoneOf(trx, n.userId));
        await jobs.schedule(trx, { kind: EMAIL_JOB, runAt, payload: { notificationId: id }, dedupeKey: `notification-email:${id}` });
      }
      if (channel.inApp) announceWhenCommitted(n.userId, id);
    },

    async reminderLeadMinutes(executor, userId) {
      const row = await repo.preferences(executor, userId);
      return row?.reminder_minutes_before ?? REMINDER_MINUTES_DEFAULT;
    },
  };

  /** The email job: at most one email per notification, sent only if the person still wants it. */
  async function sendEmail(payload: { notificationId: string }, trx: Trx): Promise<void> {
    const row = await repo.forEmail(trx, payload.notificationId);
    if (!row || row.emailed_at) return;
    const kind = notificationKind.safeParse(row.kind);
    if (!kind.success) return;
    if (!(await preferencesOf(trx, row.user_id)).channels[kind.data].email) return;
    const locale = localeOf(row.locale);
    const content = renderNotificationEmail(kind.data, locale, {
      open: `${config.publicUrl}${row.link ?? '/notifications'}`,
      settings: `${config.publicUrl}/settings/notifications`,
    });
    // A retry after a send whose commit failed sends again with the same Message-ID, which mail systems collapse.
    await mail.send({ to: row.email, subject: content.subject, text: content.text, messageId: `<notification-${row.id}@${new URL(config.publicUrl).hostname}>`, language: locale });
    await repo.markEmailed(trx, row.id, clock.now().toISOString());
  }

  async function scheduleDigest(executor: DbExecutor, userId: string, after: Date): Promise<void> {
    const runAt = nextDigestAt(after, await timeZoneOf(executor, userId));
    await jobs.schedule(executor, { kind: DIGEST_JOB, runAt, payload: { userId }, dedupeKey: `${digestKeyPrefix(userId)}${runAt.toISOString()}` });
  }

  /** The weekly digest job: a summary notification, then next week's digest, while the person wants it. */
  async function sendDigest(payload: { userId: string }, job: { runAt: Date; trx: Trx }): Promise<void> {
    const { trx } = job;
    const prefs = await repo.preferences(trx, payload.userId);
    if (!prefs || prefs.weekly_digest !== 1) return;
    const now = clock.now();
    const weekAhead = new Date(now.getTime() + 7 * 24 * 3600_000);
    await notifier.notify(trx, {
      userId: payload.userId, kind: 'digest.weekly', link: '/notifications',
      data: { unread: await repo.unreadCount(trx, payload.userId), upcomingCheckIns: await repo.upcomingCheckIns(trx, payload.userId, now.toISOString(), weekAhead.toISOString()) },
    });
    await scheduleDigest(trx, payload.userId, new Date(Math.max(job.runAt.getTime(), now.getTime()) + 60_000));
  }

  jobs.register(EMAIL_JOB, (payload: { notificationId: string }, job) => sendEmail(payload, job.trx));
  jobs.register(DIGEST_JOB, sendDigest);

  async function preferencesDto(executor: DbExecutor, userId: string): Promise<NotificationPreferencesDto> {
    return presentPreferences(await preferencesOf(executor, userId), { timeZone: await timeZoneOf(executor, userId), emailAvailable: mail.configured });
  }

  return {
    notifier,

    async list(actor: Actor, query: { cursor?: string | undefined; limit: number }): Promise<NotificationListDto> {
      const userId = notificationOwner(actor);
      const after = query.cursor ? decodeCursor(query.cursor) : null;
      if (query.cursor && !after) throw problems.invalidFields([fieldError('cursor', 'cursor_invalid', 'This page link is not valid; start from the first page.')]);
      const rows = await repo.page(db, userId, query.limit, after);
      const page = rows.slice(0, query.limit);
      return {
        notifications: page.map(presentNotification),
        unreadCount: await repo.unreadCount(db, userId),
        nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
      };
    },

    /** Marks some or all as read; the person's other tabs and devices update their badge. */
    async markRead(actor: Actor, input: { ids?: string[] | undefined; all?: true | undefined }): Promise<{ unreadCount: number }> {
      const userId = notificationOwner(actor);
      const unreadCount = await db.transaction().execute(async (trx) => {
        await repo.markRead(trx, userId, input.all ? 'all' : [...new Set(input.ids ?? [])], clock.now().toISOString());
        return repo.unreadCount(trx, userId);
      });
      realtime.toUser(userId, 'notifications:read', { unreadCount });
      return { unreadCount };
    },

    preferences: (actor: Actor) => preferencesDto(db, notificationOwner(actor)),

    async savePreferences(actor: Actor, input: NotificationPreferencesInput): Promise<NotificationPreferencesDto> {
      const userId = notificationOwner(actor);
      const errors: FieldError[] = [];
      for (const kind of NOTIFICATION_KINDS) {
        if (input.channels?.[kind]?.inApp === false && !canTurnOffInApp(kind)) {
          errors.push(fieldError(`channels.${kind}.inApp`, 'always_on', 'This notification keeps you informed about your support and safety, so it always appears in Kindred.'));
        }
      }
      return db.transaction().execute(async (trx) => {
        const current = await preferencesOf(trx, userId);
        const quietFrom = input.quietFrom === undefined ? current.quietFrom : input.quietFrom;
        const quietUntil = input.quietUntil === undefined ? current.quietUntil : input.quietUntil;
        if ((quietFrom === null) !== (quietUntil === null)) {
          errors.push(fieldError(quietFrom === null ? 'quietFrom' : 'quietUntil', 'required', 'Give both a start and an end for quiet hours, or neither.'));
        } else if (quietFrom !== null && quietFrom === quietUntil) {
          errors.push(fieldError('quietUntil', 'same_as_start', 'Quiet hours must end at a different time than they start.'));
        }
        if (errors.length > 0) throw problems.invalidFields(errors);

        const channels = current.channels;
        for (const kind of NOTIFICATION_KINDS) Object.assign(channels[kind], input.channels?.[kind] ?? {});
        const weeklyDigest = input.weeklyDigest ?? current.weeklyDigest;
        await repo.savePreferences(trx, {
          user_id: userId, channels: JSON.stringify(channels), reminder_minutes_before: input.reminderMinutesBefore ?? current.reminderMinutesBefore,
          quiet_from: quietFrom, quiet_until: quietUntil, weekly_digest: weeklyDigest ? 1 : 0, updated_at: clock.now().toISOString(),
        });
        if (weeklyDigest && !current.weeklyDigest) await scheduleDigest(trx, userId, clock.now());
        if (!weeklyDigest && current.weeklyDigest) await jobs.cancel(trx, `${digestKeyPrefix(userId)}*`);
        return preferencesDto(trx, userId);
      });
    },

    close(): void {
      closed = true;
      for (const timer of pendingAnnouncements) clearTimeout(timer);
      pendingAnnouncements.clear();
    },
  };
}
