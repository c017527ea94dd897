import { useTranslation } from 'react-i18next';
import { MEETING_MODES } from '../../../../../shared/vocabularies/profile-values.js';
import { errorWithin } from '../../../lib/field-paths.js';
import { CheckboxGroup } from '../../../ui/CheckboxGroup.js';
import { toMeetingModes } from '../profile-form.js';
import { AvailabilityField } from './AvailabilityField.js';
import type { ProfileSectionProps } from './section-props.js';

/** Ways to meet and weekly availability. */
export function MeetingFields(props: ProfileSectionProps) {
  const { form, update, errors, ids } = props;
  const { t } = useTranslation();
  return (
    <>
      <CheckboxGroup
        id={ids.meetingModes}
        legend={t('profile.meetingModes')}
        options={MEETING_MODES.map((mode) => ({ value: mode, label: t(`meetingModes.${mode}`) }))}
        selected={form.meetingModes}
        onChange={(selected) => update({ meetingModes: toMeetingModes(selected) })}
        error={errorWithin(errors, 'meetingModes')}
      />
      <AvailabilityField {...props} />
    </>
  );
}
