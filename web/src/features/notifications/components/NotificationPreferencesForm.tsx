import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NOTIFICATION_KINDS, type NotificationKind, type NotificationPreferencesDto, notificationPreferencesInput,
  REMINDER_MINUTES_MAX, REMINDER_MINUTES_MIN,
} from '../../../../../shared/contracts/notifications.js';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { kindKey } from '../notification-text.js';
import { formFromPreferences, inputFromForm, preferencesErrorText, type PreferencesForm } from '../preferences-form.js';
import { useSaveNotificationPreferences } from '../queries.js';
import { PreferencesErrorSummary } from './PreferencesErrorSummary.js';

function ErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {preferencesErrorText(t, error)}
    </p>
  );
}

/** Per kind in-app and email, reminder lead time, quiet hours and the weekly summary; Save sends it all. */
export function NotificationPreferencesForm({ saved }: { saved: NotificationPreferencesDto }) {
  const { t } = useTranslation();
  const base = useId();
  const [form, setForm] = useState<PreferencesForm>(() => formFromPreferences(saved));
  const [done, setDone] = useState(false);
  const errors = useFormErrors();
  const save = useSaveNotificationPreferences();
  const ids = {
    reminder: `${base}-reminder`, quietOn: `${base}-quiet-on`, quietFrom: `${base}-quiet-from`, quietUntil: `${base}-quiet-until`, digest: `${base}-digest`,
    channel: (kind: NotificationKind, channel: 'inApp' | 'email') => `${base}-${kindKey(kind)}-${channel}`,
    alwaysHint: `${base}-always`,
  };
  const kindName = (kind: NotificationKind) => t(`notifications.kinds.${kindKey(kind)}` as 'notifications.kinds.goal_shared');
  const targets: Record<string, { id: string; label: string }> = {
    reminderMinutesBefore: { id: ids.reminder, label: t('notifications.settings.reminderLabel') },
    quietFrom: { id: ids.quietFrom, label: t('notifications.settings.quietFrom') },
    quietUntil: { id: ids.quietUntil, label: t('notifications.settings.quietUntil') },
    weeklyDigest: { id: ids.digest, label: t('notifications.settings.digestLabel') },
  };
  for (const kind of NOTIFICATION_KINDS) {
    targets[`channels.${kind}.inApp`] = { id: ids.channel(kind, 'inApp'), label: t('notifications.settings.inAppFor', { kind: kindName(kind) }) };
    targets[`channels.${kind}.email`] = { id: ids.channel(kind, 'email'), label: t('notifications.settings.emailFor', { kind: kindName(kind) }) };
  }

  const update = (change: Partial<PreferencesForm>) => {
    setDone(false);
    setForm((previous) => ({ ...previous, ...change }));
  };
  const setChannel = (kind: NotificationKind, channel: 'inApp' | 'email', value: boolean) =>
    update({ channels: { ...form.channels, [kind]: { ...form.channels[kind], [channel]: value } } });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setDone(false);
    const input = errors.validate(notificationPreferencesInput, inputFromForm(form, saved.alwaysInApp));
    if (!input) return;
    save.mutate(input, {
      onSuccess: (next) => {
        setForm(formFromPreferences(next));
        setDone(true);
      },
      onError: errors.fail,
    });
  }

  const fieldClass = (field: string) => (errors.fields[field] ? 'field field-invalid' : 'field');
  const describedBy = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join(' ') || undefined;

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide">
      <PreferencesErrorSummary errors={errors} targets={targets} />

      <h2>{t('notifications.settings.channelsHeading')}</h2>
      {!saved.emailAvailable && <p className="muted">{t('notifications.settings.emailUnavailable')}</p>}
      <p id={ids.alwaysHint} className="field-hint">
        {t('notifications.settings.alwaysOn')}
      </p>
      <table className="notification-channels">
        <thead>
          <tr>
            <th scope="col">{t('notifications.settings.kindColumn')}</th>
            <th scope="col">{t('notifications.settings.inApp')}</th>
            <th scope="col">{t('notifications.settings.email')}</th>
          </tr>
        </thead>
        <tbody>
          {NOTIFICATION_KINDS.map((kind) => {
            const always = saved.alwaysInApp.includes(kind);
            return (
              <tr key={kind}>
                <th scope="row">{kindName(kind)}</th>
                <td>
                  <input
                    id={ids.channel(kind, 'inApp')}
                    type="checkbox"
                    checked={always || form.channels[kind].inApp}
                    disabled={always}
                    aria-label={targets[`channels.${kind}.inApp`]!.label}
                    aria-describedby={always ? ids.alwaysHint : undefined}
                    onChange={(event) => setChannel(kind, 'inApp', event.target.checked)}
                  />
                </td>
                <td>
                  <input
                    id={ids.channel(kind, 'email')}
                    type="checkbox"
                    checked={form.channels[kind].email}
                    aria-label={targets[`channels.${kind}.email`]!.label}
                    onChange={(event) => setChannel(kind, 'email', event.target.checked)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>{t('notifications.settings.reminderHeading')}</h2>
      <div className={fieldClass('reminderMinutesBefore')}>
        <label htmlFor={ids.reminder}>{t('notifications.settings.reminderLabel')}</label>
        <p id={`${ids.reminder}-hint`} className="field-hint">
          {t('notifications.settings.reminderHint')}
        </p>
        <input
          id={ids.reminder}
          type="number"
          inputMode="numeric"
          min={REMINDER_MINUTES_MIN}
          max={REMINDER_MINUTES_MAX}
          step={1}
          value={form.reminderMinutes}
          aria-invalid={errors.fields.reminderMinutesBefore ? true : undefined}
          aria-describedby={describedBy(`${ids.reminder}-hint`, errors.fields.reminderMinutesBefore && `${ids.reminder}-error`)}
          onChange={(event) => update({ reminderMinutes: event.target.value })}
        />
        <ErrorText id={`${ids.reminder}-error`} error={errors.fields.reminderMinutesBefore} />
      </div>

      <fieldset className="fieldset">
        <legend>{t('notifications.settings.quietHeading')}</legend>
        <p id={`${ids.quietOn}-hint`} className="field-hint">
          {t('notifications.settings.quietHint', { zone: saved.timeZone })}
        </p>
        <div className="field">
          <div className="checkbox">
            <input id={ids.quietOn} type="checkbox" checked={form.quietOn} aria-describedby={`${ids.quietOn}-hint`} onChange={(event) => update({ quietOn: event.target.checked })} />
            <label htmlFor={ids.quietOn}>{t('notifications.settings.quietOn')}</label>
          </div>
        </div>
        {form.quietOn &&
          (['quietFrom', 'quietUntil'] as const).map((field) => (
            <div key={field} className={fieldClass(field)}>
              <label htmlFor={ids[field]}>{t(`notifications.settings.${field}`)}</label>
              <input
                id={ids[field]}
                type="time"
                value={form[field]}
                aria-invalid={errors.fields[field] ? true : undefined}
                aria-describedby={errors.fields[field] ? `${ids[field]}-error` : undefined}
                onChange={(event) => update({ [field]: event.target.value })}
              />
              <ErrorText id={`${ids[field]}-error`} error={errors.fields[field]} />
            </div>
          ))}
      </fieldset>

      <h2>{t('notifications.settings.digestHeading')}</h2>
      <div className="field">
        <div className="checkbox">
          <input id={ids.digest} type="checkbox" checked={form.weeklyDigest} aria-describedby={`${ids.digest}-hint`} onChange={(event) => update({ weeklyDigest: event.target.checked })} />
          <label htmlFor={ids.digest}>{t('notifications.settings.digestLabel')}</label>
        </div>
        <p id={`${ids.digest}-hint`} className="field-hint">
          {t('notifications.settings.digestHint')}
        </p>
      </div>

      <StatusMessage message={done ? t('notifications.settings.saved') : null} />
      <button type="submit" disabled={save.isPending}>
        {t('notifications.settings.save')}
      </button>
    </form>
  );
}
