import { useTranslation } from 'react-i18next';
import { errorAt } from '../../../lib/field-paths.js';
import { LanguageListField } from '../../../ui/LanguageListField.js';
import type { ProfileSectionProps } from './section-props.js';

/** The languages a person speaks, as BCP 47 tags. */
export function LanguagesField({ form, update, errors, ids }: ProfileSectionProps) {
  const { t } = useTranslation();
  return (
    <LanguageListField
      id={ids.languages}
      legend={t('profile.languages')}
      languages={form.languages}
      onChange={(languages) => update({ languages })}
      error={errors.languages}
      itemError={(index) => errorAt(errors, 'languages', index)}
    />
  );
}
