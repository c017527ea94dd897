import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../../../shared/vocabularies/profile-values.js';
import type { FieldErrors } from '../../../lib/field-errors.js';
import { errorAt } from '../../../lib/field-paths.js';
import { weekdayName } from '../../../lib/intl-options.js';
import { describedBy, FieldErrorMessage } from '../../../ui/FieldErrorMessage.js';
import { FormField } from '../../../ui/FormField.js';
import { SelectField } from '../../../ui/SelectField.js';
import type { AvailabilityRow } from '../profile-form.js';
import type { ProfileFieldIds } from './profile-field-ids.js';

/** The server keeps availability in quarter hours so shared time across zones is exact. */
const QUARTER_HOUR_SECONDS = 900;

interface AvailabilityWindowProps {
  row: AvailabilityRow;
  index: number;
  errors: FieldErrors;
  ids: ProfileFieldIds;
  onChange: (row: AvailabilityRow) => void;
  onRemove: () => void;
}

/** One weekly window: a day, a start and an end, with errors for each ("availability.2.end") and for the row. */
export function AvailabilityWindow({ row, index, errors, ids, onChange, onRemove }: AvailabilityWindowProps) {
  const { t, i18n } = useTranslation();
  const number = index + 1;
  const rowError = errorAt(errors, 'availability', index);
  const rowErrorId = `${ids.window(row.key, 'day')}-row-error`;
  return (
    <fieldset
      className={rowError ? 'availability-window field-invalid' : 'availability-window'}
      aria-describedby={describedBy(null, rowError ? rowErrorId : null)}
    >
      <legend>{t('profile.availability.window', { number })}</legend>
      <div className="inline-fields">
        <SelectField
          id={ids.window(row.key, 'day')}
          label={t('profile.availability.day')}
          value={String(row.day)}
          options={WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day, i18n.language) }))}
          onChange={(day) => onChange({ ...row, day: Number(day) })}
          error={errorAt(errors, 'availability', index, 'day')}
        />
        <FormField
          id={ids.window(row.key, 'start')}
          type="time"
          step={QUARTER_HOUR_SECONDS}
          label={t('profile.availability.start')}
          value={row.start}
          onChange={(start) => onChange({ ...row, start })}
          error={errorAt(errors, 'availability', index, 'start')}
        />
        <FormField
          id={ids.window(row.key, 'end')}
          type="time"
          step={QUARTER_HOUR_SECONDS}
          label={t('profile.availability.end')}
          value={row.end}
          onChange={(end) => onChange({ ...row, end })}
          error={errorAt(errors, 'availability', index, 'end')}
        />
      </div>
      <FieldErrorMessage id={rowErrorId} error={rowError} />
      <button type="button" className="button-secondary button-small" onClick={onRemove}>
        {t('profile.availability.remove', { number })}
      </button>
    </fieldset>
  );
}
