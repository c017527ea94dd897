import { useTranslation } from 'react-i18next';
import { meetingModes } from '../../../../../shared/contracts/support.js';
import type { FieldErrors } from '../../../lib/field-errors.js';
import { FormField } from '../../../ui/FormField.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';
import type { MeetingMode } from '../check-in-forms.js';

interface MeetingValues {
  meetingMode: MeetingMode | '';
  meetingDetail: string;
}

interface MeetingModeChoiceProps {
  /** The form's field ids, values and errors: only the two meeting fields are read. */
  ids: { meetingMode: string; meetingDetail: string };
  values: MeetingValues;
  /** Only a chosen mode is ever reported, never the empty one. */
  onChange: (change: { meetingMode: MeetingMode } | { meetingDetail: string }) => void;
  errors: FieldErrors;
}

/** How to meet, and the details that go with it (a link, a phone arrangement, a place). */
export function MeetingModeChoice({ ids, values, onChange, errors }: MeetingModeChoiceProps) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        id={ids.meetingMode}
        legend={t('support.meeting.mode')}
        options={meetingModes.map((value) => ({ value, label: t(`support.meetingModes.${value}`) }))}
        value={values.meetingMode}
        onChange={(meetingMode) => onChange({ meetingMode })}
        error={errors.meetingMode}
      />
      <FormField id={ids.meetingDetail} label={t('support.meeting.detail')} hint={t('support.meeting.detailHint')} value={values.meetingDetail} onChange={(meetingDetail) => onChange({ meetingDetail })} error={errors.meetingDetail} />
    </>
  );
}
