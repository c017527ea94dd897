import { useTranslation } from 'react-i18next';
import { AGE_RANGES } from '../../../../../shared/vocabularies/profile-values.js';
import { FormField } from '../../../ui/FormField.js';
import { SelectField } from '../../../ui/SelectField.js';
import { isAgeRange } from '../profile-form.js';
import type { ProfileSectionProps } from './section-props.js';
import { VisibilitySelect } from './VisibilitySelect.js';

/** Handle, first name, pronouns and age range, each sensitive one with who may see it. */
export function AboutFields({ form, update, errors, ids }: ProfileSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        id={ids.handle}
        label={t('profile.handle')}
        value={form.handle}
        onChange={(handle) => update({ handle })}
        autoComplete="nickname"
        required
        hint={t('auth.signUp.handleHint')}
        error={errors.handle}
      />
      <div className="paired">
        <FormField
          id={ids.firstName}
          label={t('profile.firstName')}
          value={form.firstName}
          onChange={(firstName) => update({ firstName })}
          autoComplete="given-name"
          hint={t('profile.firstNameHint')}
          error={errors.firstName}
        />
        <VisibilitySelect
          id={ids.visibility('firstName')}
          label={t('profile.visibilityFor.firstName')}
          value={form.visibility.firstName}
          onChange={(firstName) => update({ visibility: { ...form.visibility, firstName } })}
          error={errors['visibility.firstName']}
        />
      </div>
      <div className="paired">
        <FormField
          id={ids.pronouns}
          label={t('profile.pronouns')}
          value={form.pronouns}
          onChange={(pronouns) => update({ pronouns })}
          hint={t('profile.pronounsHint')}
          error={errors.pronouns}
        />
        <VisibilitySelect
          id={ids.visibility('pronouns')}
          label={t('profile.visibilityFor.pronouns')}
          value={form.visibility.pronouns}
          onChange={(pronouns) => update({ visibility: { ...form.visibility, pronouns } })}
          error={errors['visibility.pronouns']}
        />
      </div>
      <div className="paired">
        <SelectField
          id={ids.ageRange}
          label={t('profile.ageRange')}
          value={form.ageRange}
          options={[
            { value: '', label: t('profile.preferNotToSay') },
            ...AGE_RANGES.map((range) => ({ value: range, label: t(`ageRanges.${range}`) })),
          ]}
          onChange={(value) => update({ ageRange: isAgeRange(value) ? value : '' })}
          error={errors.ageRange}
        />
        <VisibilitySelect
          id={ids.visibility('ageRange')}
          label={t('profile.visibilityFor.ageRange')}
          value={form.visibility.ageRange}
          onChange={(ageRange) => update({ visibility: { ...form.visibility, ageRange } })}
          error={errors['visibility.ageRange']}
        />
      </div>
    </>
  );
}
