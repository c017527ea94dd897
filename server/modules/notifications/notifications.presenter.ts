import {
  type ChannelPreference, NOTIFICATION_KINDS, type NotificationDto, notificationData, type NotificationKind, notificationKind,
  type NotificationPreferencesDto, REMINDER_MINUTES_DEFAULT, SAFETY_RELEVANT_KINDS,
} from '../../../shared/contracts/notifications.js';
import type { NotificationRow, PreferencesRow } from './notifications.repo.js';

/** Stored data is checked again on the way out: only small values of a known kind leave the server. */
export function presentNotification(row: NotificationRow): NotificationDto {
  const data = notificationData.safeParse(JSON.parse(row.data));
  return {
    id: row.id,
    kind: notificationKind.parse(row.kind),
    data: data.success ? data.data : {},
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

export type Channels = Record<NotificationKind, ChannelPreference>;

/** In-app on for everything; email off unless chosen (privacy by default), except the digest once someone opts in. */
export function defaultChannels(): Channels {
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, { inApp: true, email: kind === 'digest.weekly' }])) as Channels;
}

/** What is stored, over the defaults (kinds added later get theirs), with safety-relevant kinds always in-app. */
export function resolveChannels(stored: string | null | undefined): Channels {
  const channels = defaultChannels();
  const parsed = stored ? (JSON.parse(stored) as Partial<Record<string, Partial<ChannelPreference>>>) : {};
  for (const kind of NOTIFICATION_KINDS) {
    const saved = parsed[kind];
    if (typeof saved?.inApp === 'boolean') channels[kind].inApp = saved.inApp;
    if (typeof saved?.email === 'boolean') channels[kind].email = saved.email;
    if (SAFETY_RELEVANT_KINDS.includes(kind)) channels[kind].inApp = true;
  }
  return channels;
}

export interface ResolvedPreferences {
  channels: Channels;
  reminderMinutesBefore: number;
  quietFrom: string | null;
  quietUntil: string | null;
  weeklyDigest: boolean;
}

export function resolvePreferences(row: PreferencesRow | undefined): ResolvedPreferences {
  return {
    channels: resolveChannels(row?.channels),
    reminderMinutesBefore: row?.reminder_minutes_before ?? REMINDER_MINUTES_DEFAULT,
    quietFrom: row?.quiet_from ?? null,
    quietUntil: row?.quiet_until ?? null,
    weeklyDigest: row ? row.weekly_digest === 1 : false,
  };
}

export function presentPreferences(prefs: ResolvedPreferences, context: { timeZone: string; emailAvailable: boolean }): NotificationPreferencesDto {
  return {
    channels: prefs.channels,
    reminderMinutesBefore: prefs.reminderMinutesBefore,
    quietFrom: prefs.quietFrom,
    quietUntil: prefs.quietUntil,
    weeklyDigest: prefs.weeklyDigest,
    timeZone: context.timeZone,
    alwaysInApp: [...SAFETY_RELEVANT_KINDS],
    emailAvailable: context.emailAvailable,
  };
}

/** Page cursors are opaque to clients: the last item's time and id. */
export function encodeCursor(row: { created_at: string; id: string }): string {
  return Buffer.from(`${row.created_at}|${row.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: string; id: string } | null {
  const [createdAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id || rest.length > 0 || Number.isNaN(Date.parse(createdAt)) || id.length > 64) return null;
  return { createdAt, id };
}
