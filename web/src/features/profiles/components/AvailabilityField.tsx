import { useTranslation } from 'react-i18next';
import { describedBy, FieldErrorMessage } from '../../../ui/FieldErrorMessage.js';
import { newAvailabilityRow, type AvailabilityRow } from '../profile-form.js';
import { AvailabilityWindow } from './AvailabilityWindow.js';
import type { ProfileSectionProps } from './section-props.js';

/** Weekly availability as rows of day, start and end, in the person's own time zone. */
export function AvailabilityField({ form, update, errors, ids }: ProfileSectionProps) {
  const { t } = useTranslation();
  const rows = form.availability;
  const hintId = `${ids.availability}-hint`;
  const errorId = `${ids.availability}-error`;
  const groupError = errors.availability;

  function replace(index: number, row: AvailabilityRow) {
    update({ availability: rows.map((existing, position) => (position === index ? row : existing)) });
  }

  function remove(index: number) {
    update({ availability: rows.filter((_, position) => position !== index) });
    document.getElementById(ids.addWindow)?.focus();
  }

  function add() {
    const row = newAvailabilityRow(rows.at(-1));
    update({ availability: [...rows, row] });
    // Focus the new row's first control once it is rendered.
    requestAnimationFrame(() => document.getElementById(ids.window(row.key, 'day'))?.focus());
  }

  return (
    <fieldset
      id={ids.availability}
      className={groupError ? 'field fieldset field-invalid' : 'field fieldset'}
      aria-describedby={describedBy(hintId, groupError ? errorId : null)}
    >
      <legend>{t('profile.availability.legend')}</legend>
      <p id={hintId} className="field-hint">
        {form.timeZone
          ? t('profile.availability.hintZone', { timeZone: form.timeZone.replaceAll('_', ' ') })
          : t('profile.availability.hintNoZone')}{' '}
        {t('profile.availability.whoSees')}
      </p>
      {rows.length === 0 && <p className="muted">{t('profile.availability.empty')}</p>}
      {rows.map((row, index) => (
        <AvailabilityWindow
          key={row.key}
          row={row}
          index={index}
          errors={errors}
          ids={ids}
          onChange={(next) => replace(index, next)}
          onRemove={() => remove(index)}
        />
      ))}
      <FieldErrorMessage id={errorId} error={groupError} />
      <button id={ids.addWindow} type="button" className="button-secondary" onClick={add}>
        {t('profile.availability.add')}
      </button>
    </fieldset>
  );
}
