import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { supportRequestInput, type SupportRequestDto } from '../../../../../shared/contracts/matching.js';
import { MEETING_MODES } from '../../../../../shared/vocabularies/profile-values.js';
import { errorAt, errorWithin } from '../../../lib/field-paths.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { CheckboxGroup } from '../../../ui/CheckboxGroup.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { LanguageListField } from '../../../ui/LanguageListField.js';
import { toMeetingModes } from '../../profiles/profile-form.js';
import { useCreateRequest } from '../queries.js';
import { formToRequestInput, type RequestFormState } from '../request-form.js';
import { requestFieldIds, requestSummaryFields } from './request-field-ids.js';
import { RequestPersonFields } from './RequestPersonFields.js';
import { RequestTopicFields } from './RequestTopicFields.js';

interface RequestFormProps {
  initial: RequestFormState;
  onCreated: (request: SupportRequestDto) => void;
}

/** What the member would like support with and from whom; checked with the shared schema, errors beside each control. */
export function RequestForm({ initial, onCreated }: RequestFormProps) {
  const { t } = useTranslation();
  const ids = requestFieldIds(useId());
  const [form, setForm] = useState<RequestFormState>(initial);
  const update = useCallback((patch: Partial<RequestFormState>) => setForm((previous) => ({ ...previous, ...patch })), []);
  const errors = useFormErrors();
  const create = useCreateRequest();
  const sectionProps = { form, update, errors: errors.fields, ids };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const input = errors.validate(supportRequestInput, formToRequestInput(form));
    // The page moves on to the open request as soon as it exists, so wait for the request rather than use callbacks.
    if (input) create.mutateAsync(input).then(onCreated, errors.fail);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide">
      <ErrorSummary errors={errors} fields={requestSummaryFields(t, ids, errors.fields)} />
      <RequestTopicFields {...sectionProps} />
      <FormField
        id={ids.note}
        label={t('support.form.note')}
        hint={t('support.form.noteHint')}
        value={form.note}
        onChange={(note) => update({ note })}
        multiline
        rows={4}
        error={errors.fields.note}
      />
      <LanguageListField
        id={ids.languages}
        legend={t('support.form.languages')}
        hint={t('support.form.languagesHint')}
        languages={form.languages}
        onChange={(languages) => update({ languages })}
        error={errors.fields.languages}
        itemError={(index) => errorAt(errors.fields, 'languages', index)}
      />
      <RequestPersonFields {...sectionProps} />
      <CheckboxGroup
        id={ids.meetingModes}
        legend={t('support.form.meetingModes')}
        hint={t('support.form.meetingModesHint')}
        options={MEETING_MODES.map((mode) => ({ value: mode, label: t(`meetingModes.${mode}`) }))}
        selected={form.meetingModes}
        onChange={(selected) => update({ meetingModes: toMeetingModes(selected) })}
        error={errorWithin(errors.fields, 'meetingModes')}
      />
      <button type="submit">{t('support.form.submit')}</button>
    </form>
  );
}
