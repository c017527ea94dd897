import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, notificationPreferencesInput, type NotificationDto, type NotificationPreferencesDto } from '../../../../shared/contracts/notifications.js';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { safeLink, withReadAt } from './notification-list.js';
import { kindKey, notificationText } from './notification-text.js';
import { formFromPreferences, inputFromForm, preferencesErrorText } from './preferences-form.js';

let t: TFunction;
let tEs: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en', resources: { en: { translation: en }, es: { translation: es } }, interpolation: { escapeValue: false } });
  t = instance.getFixedT('en');
  tEs = instance.getFixedT('es');
});

const note = (kind: NotificationDto['kind'], data: NotificationDto['data']) => ({ kind, data });

describe('notification text', () => {
  it('has words and a settings name for every kind in both languages', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(en.notifications.kinds).toHaveProperty(kindKey(kind));
      expect(es.notifications.kinds).toHaveProperty(kindKey(kind));
      expect(en.notifications.text).toHaveProperty(kindKey(kind));
      const english = notificationText(t, note(kind, { handle: 'Cedar Calm', plannedAt: '2026-11-24T15:00:00.000Z' }), 'en');
      expect(english).not.toMatch(/notifications\.|\{\{/);
    }
  });

  it('names the person and the time, in the reader’s language', () => {
    const reminder = note('check_in.reminder', { handle: 'Cedar Calm', plannedAt: '2026-11-24T15:00:00.000Z', meetingMode: 'chat' });
    expect(notificationText(t, reminder, 'en')).toMatch(/^Reminder: check-in with Cedar Calm on .*2026/);
    expect(notificationText(tEs, reminder, 'es')).toMatch(/^Recordatorio: encuentro con Cedar Calm el .*2026/);
    expect(notificationText(t, note('goal.shared', { handle: 'Wren' }), 'en')).toBe('Wren shared a goal with you.');
    const meeting = note('group.meeting_reminder', { groupName: 'Evening Circle', plannedAt: '2026-11-24T18:00:00.000Z' });
    expect(notificationText(tEs, meeting, 'es')).toMatch(/^Recordatorio: Evening Circle se reúne el .*2026/);
    expect(notificationText(t, note('group.meeting_reminder', { groupName: 'Evening Circle' }), 'en')).toBe('Reminder: Evening Circle meets soon.');
  });

  it('falls back to general words when a value is missing', () => {
    expect(notificationText(t, note('check_in.reminder', {}), 'en')).toBe('Reminder: you have a check-in coming up.');
    expect(notificationText(t, note('check_in.changed', { handle: 'Wren' }), 'en')).toBe('Wren changed your check-ins.');
    expect(notificationText(t, note('relationship.ended', { handle: null }), 'en')).toBe('Your support with Someone has ended.');
    expect(notificationText(t, note('digest.weekly', { unread: 3, upcomingCheckIns: 2 }), 'en')).toBe('Your week: 3 unread notifications and 2 check-ins in the next 7 days.');
  });
});

describe('notification list helpers', () => {
  const page = {
    unreadCount: 2, nextCursor: null,
    notifications: [
      { id: 'a', kind: 'goal.shared' as const, data: {}, link: '/support', createdAt: '2026-11-22T12:00:00.000Z', readAt: null },
      { id: 'b', kind: 'goal.shared' as const, data: {}, link: null, createdAt: '2026-11-22T11:00:00.000Z', readAt: null },
      { id: 'c', kind: 'goal.shared' as const, data: {}, link: null, createdAt: '2026-11-22T10:00:00.000Z', readAt: '2026-11-22T10:30:00.000Z' },
    ],
  };

  it('shows the marked ones (or all) as read, keeping earlier read times', () => {
    expect(withReadAt(page, { ids: ['b'] }, 'now').notifications.map((n) => n.readAt)).toEqual([null, 'now', '2026-11-22T10:30:00.000Z']);
    expect(withReadAt(page, { all: true }, 'now').notifications.map((n) => n.readAt)).toEqual(['now', 'now', '2026-11-22T10:30:00.000Z']);
  });

  it('follows only links inside Kindred', () => {
    expect(safeLink('/support/r1')).toBe('/support/r1');
    expect(safeLink('//evil.example')).toBeNull();
    expect(safeLink('https://evil.example')).toBeNull();
    expect(safeLink('/\\evil.example')).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});

describe('notification settings form', () => {
  const saved: NotificationPreferencesDto = {
    channels: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, { inApp: true, email: false }])) as NotificationPreferencesDto['channels'],
    reminderMinutesBefore: 60, quietFrom: null, quietUntil: null, weeklyDigest: false, timeZone: 'UTC',
    alwaysInApp: ['check_in.missed', 'check_in.changed', 'relationship.ended'], emailAvailable: true,
  };

  it('offers evening-to-morning quiet hours when none are set, and sends none unless turned on', () => {
    const form = formFromPreferences(saved);
    expect(form).toMatchObject({ quietOn: false, quietFrom: '22:00', quietUntil: '07:00', reminderMinutes: '60' });
    expect(inputFromForm(form, saved.alwaysInApp)).toMatchObject({ quietFrom: null, quietUntil: null, reminderMinutesBefore: 60 });
    expect(inputFromForm({ ...form, quietOn: true }, saved.alwaysInApp)).toMatchObject({ quietFrom: '22:00', quietUntil: '07:00' });
  });

  it('keeps always-on kinds in-app and does not edit the saved preferences it started from', () => {
    const form = formFromPreferences(saved);
    form.channels['relationship.ended'].inApp = false;
    form.channels['goal.shared'].inApp = false;
    const input = inputFromForm(form, saved.alwaysInApp);
    expect(input.channels?.['relationship.ended']).toEqual({ inApp: true, email: false });
    expect(input.channels?.['goal.shared']).toEqual({ inApp: false, email: false });
    expect(saved.channels['goal.shared'].inApp).toBe(true);
  });

  it('turns a blank or fractional reminder into a field error the shared schema names', () => {
    for (const reminderMinutes of ['', '12.5', '4', 'soon']) {
      const result = notificationPreferencesInput.safeParse(inputFromForm({ ...formFromPreferences(saved), reminderMinutes }, saved.alwaysInApp));
      expect(result.success, reminderMinutes).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual(['reminderMinutesBefore']);
    }
  });

  it('explains errors in words for this form', () => {
    expect(preferencesErrorText(t, { field: 'reminderMinutesBefore', code: 'too_small', message: '' })).toBe('Choose a whole number of minutes from 5 to 2880.');
    expect(preferencesErrorText(t, { field: 'quietFrom', code: 'clock_time_invalid', message: '' })).toBe('Enter a time like 22:00.');
    expect(preferencesErrorText(tEs, { field: 'channels.relationship.ended.inApp', code: 'always_on', message: '' })).toBe('Este aviso siempre aparece en Kindred.');
    expect(preferencesErrorText(t, { field: 'quietUntil', code: 'required', message: '' })).toBe('Give both a start and an end for quiet hours.');
  });
});
