import { useTranslation } from 'react-i18next';
import { countryOptions, timeZoneOptions } from '../../../lib/intl-options.js';
import { SelectField } from '../../../ui/SelectField.js';
import { LanguagesField } from './LanguagesField.js';
import type { ProfileSectionProps } from './section-props.js';
import { VisibilitySelect } from './VisibilitySelect.js';

/** Country and time zone (shown together as "location"), and languages. */
export function LocationFields(props: ProfileSectionProps) {
  const { form, update, errors, ids } = props;
  const { t, i18n } = useTranslation();
  const none = { value: '', label: t('profile.notSet') };
  return (
    <>
      <SelectField
        id={ids.country}
        label={t('profile.country')}
        value={form.country}
        options={[
          { value: '', label: t('profile.preferNotToSay') },
          ...countryOptions(i18n.language).map((country) => ({ value: country.code, label: country.name })),
        ]}
        onChange={(country) => update({ country })}
        error={errors.country}
      />
      <SelectField
        id={ids.timeZone}
        label={t('profile.timeZone')}
        value={form.timeZone}
        options={[none, ...timeZoneOptions(form.timeZone || null).map((zone) => ({ value: zone.code, label: zone.name }))]}
        onChange={(timeZone) => update({ timeZone })}
        hint={t('profile.timeZoneHint')}
        error={errors.timeZone}
      />
      <VisibilitySelect
        id={ids.visibility('location')}
        label={t('profile.visibilityFor.location')}
        value={form.visibility.location}
        onChange={(location) => update({ visibility: { ...form.visibility, location } })}
        error={errors['visibility.location']}
      />
      <LanguagesField {...props} />
    </>
  );
}
