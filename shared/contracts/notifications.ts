import { z } from 'zod';

/** What a notification is about. Its words are written by the client (en/es) from the kind and its data. */
export const NOTIFICATION_KINDS = [
  'check_in.reminder',
  'check_in.missed',
  'check_in.plan_proposed',
  'check_in.plan_agreed',
  'check_in.changed',
  'goal.step_suggested',
  'goal.shared',
  'session_note.shared',
  'feedback.requested',
  'relationship.ended',
  'digest.weekly',
  'group.waitlist_promoted',
  'group.invited',
  'group.meeting_changed',
  'group.meeting_cancelled',
  'group.meeting_reminder',
  'group.agreement_changed',
  'group.removed',
] as const;
export const notificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKind>;

/**
 * Kinds that keep someone safe or tell them their support changed: they always appear in the
 * notification centre, whatever the person's settings (email for them is still their choice).
 */
export const SAFETY_RELEVANT_KINDS: readonly NotificationKind[] = ['check_in.missed', 'check_in.changed', 'relationship.ended'];

export const REMINDER_MINUTES_MIN = 5;
export const REMINDER_MINUTES_MAX = 2880;
export const REMINDER_MINUTES_DEFAULT = 60;

/** Small values only (handles, times, counts): never message bodies or notes. */
export const notificationData = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type NotificationData = z.infer<typeof notificationData>;

export const notificationDto = z.object({
  id: z.string(),
  kind: notificationKind,
  data: notificationData,
  /** A path inside Kindred (starts with '/'), or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof notificationDto>;

export const notificationListQuery = z.object({
  /** The nextCursor of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1, { error: 'too_small' }).max(50, { error: 'too_large' }).default(20),
});

export const notificationListDto = z.object({
  notifications: z.array(notificationDto),
  unreadCount: z.number().int(),
  /** Null on the last page. */
  nextCursor: z.string().nullable(),
});
export type NotificationListDto = z.infer<typeof notificationListDto>;

/** Either some notifications by id, or all of them. */
export const markReadInput = z.object({
  ids: z.array(z.string().min(1).max(64)).min(1, { error: 'required' }).max(100, { error: 'too_many' }).optional(),
  all: z.literal(true).optional(),
}).superRefine((value, context) => {
  if ((value.ids === undefined) === (value.all === undefined)) context.addIssue({ code: 'custom', path: ['ids'], message: 'ids_or_all' });
});
export type MarkReadInput = z.infer<typeof markReadInput>;

export const unreadCountDto = z.object({ unreadCount: z.number().int() });

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'clock_time_invalid' });

export const channelPreference = z.object({ inApp: z.boolean(), email: z.boolean() });
export type ChannelPreference = z.infer<typeof channelPreference>;

export const notificationPreferencesDto = z.object({
  /** Every kind, always present. */
  channels: z.record(notificationKind, channelPreference),
  reminderMinutesBefore: z.number().int(),
  /** Local times in the person's profile time zone; both null when there are no quiet hours. */
  quietFrom: z.string().nullable(),
  quietUntil: z.string().nullable(),
  weeklyDigest: z.boolean(),
  /** The zone quiet hours are read in (profile time zone, UTC when none is set). */
  timeZone: z.string(),
  /** Kinds whose in-app notifications cannot be turned off. */
  alwaysInApp: z.array(notificationKind),
  /** Whether this server sends email at all; when false, email choices are kept but nothing is sent. */
  emailAvailable: z.boolean(),
});
export type NotificationPreferencesDto = z.infer<typeof notificationPreferencesDto>;

/** Every field optional: what is left out stays as it was. */
export const notificationPreferencesInput = z.object({
  channels: z.partialRecord(notificationKind, channelPreference.partial()).optional(),
  reminderMinutesBefore: z.number().int({ error: 'whole_number' })
    .min(REMINDER_MINUTES_MIN, { error: 'too_small' }).max(REMINDER_MINUTES_MAX, { error: 'too_large' }).optional(),
  quietFrom: clockTime.nullable().optional(),
  quietUntil: clockTime.nullable().optional(),
  weeklyDigest: z.boolean().optional(),
}).strict();
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;
