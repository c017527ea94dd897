import type { TFunction } from 'i18next';
import {
  type ChannelPreference, NOTIFICATION_KINDS, type NotificationKind, type NotificationPreferencesDto, type NotificationPreferencesInput,
} from '../../../../shared/contracts/notifications.js';
import type { FieldError } from '../../../../shared/contracts/problem.js';
import { fieldErrorText } from '../../lib/error-text.js';

/** What the settings form holds while the person edits: text for the inputs, booleans for the boxes. */
export interface PreferencesForm {
  channels: Record<NotificationKind, ChannelPreference>;
  reminderMinutes: string;
  quietOn: boolean;
  quietFrom: string;
  quietUntil: string;
  weeklyDigest: boolean;
}

export const DEFAULT_QUIET = { from: '22:00', until: '07:00' };

export function formFromPreferences(saved: NotificationPreferencesDto): PreferencesForm {
  const quietOn = saved.quietFrom !== null && saved.quietUntil !== null;
  return {
    channels: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, { ...saved.channels[kind] }])) as PreferencesForm['channels'],
    reminderMinutes: String(saved.reminderMinutesBefore),
    quietOn,
    quietFrom: saved.quietFrom ?? DEFAULT_QUIET.from,
    quietUntil: saved.quietUntil ?? DEFAULT_QUIET.until,
    weeklyDigest: saved.weeklyDigest,
  };
}

/** The request body: everything the form shows; quiet hours cleared when turned off; always-on kinds stay on. */
export function inputFromForm(form: PreferencesForm, alwaysInApp: readonly NotificationKind[]): NotificationPreferencesInput {
  const minutes = form.reminderMinutes.trim() === '' ? Number.NaN : Number(form.reminderMinutes);
  return {
    channels: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, { inApp: alwaysInApp.includes(kind) ? true : form.channels[kind].inApp, email: form.channels[kind].email }])),
    reminderMinutesBefore: minutes,
    quietFrom: form.quietOn ? form.quietFrom : null,
    quietUntil: form.quietOn ? form.quietUntil : null,
    weeklyDigest: form.weeklyDigest,
  };
}

/** Errors about the reminder field all mean one thing to the person: a whole number in range. */
const REMINDER_CODES = new Set(['too_small', 'too_large', 'too_big', 'whole_number', 'invalid_type', 'not_integer']);

export function preferencesErrorText(t: TFunction, error: FieldError): string {
  if (error.field === 'reminderMinutesBefore' && REMINDER_CODES.has(error.code)) return t('notifications.errors.reminder_range');
  switch (error.code) {
    case 'always_on':
    case 'clock_time_invalid':
    case 'same_as_start':
      return t(`notifications.errors.${error.code}`);
    case 'required':
      if (error.field === 'quietFrom' || error.field === 'quietUntil') return t('notifications.errors.required');
      return fieldErrorText(t, error).text;
    default:
      return fieldErrorText(t, error).text;
  }
}
