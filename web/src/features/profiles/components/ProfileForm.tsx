import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { profileInput, type OwnProfileDto } from '../../../../../shared/contracts/profiles.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { formToProfileInput, profileToForm, type ProfileFormState } from '../profile-form.js';
import { useSaveProfile } from '../queries.js';
import { AboutFields } from './AboutFields.js';
import { ExperienceFields } from './ExperienceFields.js';
import { LocationFields } from './LocationFields.js';
import { MeetingFields } from './MeetingFields.js';
import { profileFieldIds } from './profile-field-ids.js';
import { profileSummaryFields } from './profile-summary-fields.js';

/** The whole profile in one form; saving sends every field (PUT) and reports errors beside each control. */
export function ProfileForm({ profile }: { profile: OwnProfileDto }) {
  const { t } = useTranslation();
  const base = useId();
  const ids = profileFieldIds(base);
  const [form, setForm] = useState<ProfileFormState>(() => profileToForm(profile));
  const update = useCallback((patch: Partial<ProfileFormState>) => setForm((previous) => ({ ...previous, ...patch })), []);
  const errors = useFormErrors();
  const save = useSaveProfile();
  const [saved, setSaved] = useState(false);
  const sectionProps = { form, update, errors: errors.fields, ids };
  const headings = { about: `${base}-about`, location: `${base}-location`, experience: `${base}-experience`, meeting: `${base}-meeting` };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const input = errors.validate(profileInput, formToProfileInput(form));
    if (!input) return;
    save.mutate(input, { onSuccess: () => setSaved(true), onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide">
      <ErrorSummary errors={errors} fields={profileSummaryFields(t, ids, form, errors.fields)} />
      <section aria-labelledby={headings.about}>
        <h2 id={headings.about}>{t('profile.aboutHeading')}</h2>
        <AboutFields {...sectionProps} />
      </section>
      <section aria-labelledby={headings.location}>
        <h2 id={headings.location}>{t('profile.locationHeading')}</h2>
        <LocationFields {...sectionProps} />
      </section>
      <section aria-labelledby={headings.experience}>
        <h2 id={headings.experience}>{t('profile.experienceHeading')}</h2>
        <ExperienceFields {...sectionProps} />
      </section>
      <section aria-labelledby={headings.meeting}>
        <h2 id={headings.meeting}>{t('profile.meetingHeading')}</h2>
        <MeetingFields {...sectionProps} />
      </section>
      <StatusMessage message={saved ? t('profile.saved') : null} />
      <button type="submit">{t('profile.save')}</button>
    </form>
  );
}
