import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { meetingModes } from '../../../../../shared/contracts/support.js';
import { FormField } from '../../../ui/FormField.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';
import type { MeetingMode } from '../check-in-forms.js';

interface MeetingModeChoiceProps {
  ids: { mode: string; detail: string };
  mode: MeetingMode | '';
  detail: string;
  onMode: (mode: MeetingMode) => void;
  onDetail: (detail: string) => void;
  errors: { mode?: FieldError; detail?: FieldError };
}

/** How to meet, and the details that go with it (a link, a phone arrangement, a place). */
export function MeetingModeChoice({ ids, mode, detail, onMode, onDetail, errors }: MeetingModeChoiceProps) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        id={ids.mode}
        legend={t('support.meeting.mode')}
        options={meetingModes.map((value) => ({ value, label: t(`support.meetingModes.${value}`) }))}
        value={mode}
        onChange={onMode}
        error={errors.mode}
      />
      <FormField id={ids.detail} label={t('support.meeting.detail')} hint={t('support.meeting.detailHint')} value={detail} onChange={onDetail} error={errors.detail} />
    </>
  );
}
