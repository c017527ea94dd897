import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { supporterSettingsInput, type SupporterProfileDto } from '../../../../../shared/contracts/profiles.js';
import { errorWithin } from '../../../lib/field-paths.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { CheckboxField } from '../../../ui/CheckboxField.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { VisibilitySelect } from '../../profiles/components/VisibilitySelect.js';
import { TopicCheckboxes } from '../../topics/components/TopicCheckboxes.js';
import { useSaveSupporterSettings } from '../queries.js';
import { canPause, formToSettingsInput, settingsToForm, type SupporterSettingsFormState as FormState } from '../settings-form.js';

/** Story and who sees it, support topics, capacity, taking new people, and pausing. */
export function SupporterSettingsForm({ supporter }: { supporter: SupporterProfileDto }) {
  const { t } = useTranslation();
  const id = useId();
  const fields = {
    story: { id: `${id}-story`, label: t('supporter.settings.story') },
    storyVisibility: { id: `${id}-story-visibility`, label: t('supporter.settings.storyVisibility') },
    supportTopics: { id: `${id}-topics`, label: t('supporter.settings.supportTopics') },
    capacity: { id: `${id}-capacity`, label: t('supporter.settings.capacity') },
    acceptingNew: { id: `${id}-accepting`, label: t('supporter.settings.acceptingNew') },
    paused: { id: `${id}-paused`, label: t('supporter.settings.paused') },
  };
  const [form, setForm] = useState<FormState>(() => settingsToForm(supporter));
  const update = (patch: Partial<FormState>) => setForm((previous) => ({ ...previous, ...patch }));
  const errors = useFormErrors();
  const save = useSaveSupporterSettings();
  const [saved, setSaved] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const input = errors.validate(supporterSettingsInput, formToSettingsInput(form));
    if (input) save.mutate(input, { onSuccess: () => setSaved(true), onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField
        {...fields.story}
        value={form.story}
        onChange={(story) => update({ story })}
        multiline
        rows={6}
        hint={t('supporter.settings.storyHint')}
        error={errors.fields.story}
      />
      <VisibilitySelect
        {...fields.storyVisibility}
        value={form.storyVisibility}
        onChange={(storyVisibility) => update({ storyVisibility })}
        error={errors.fields.storyVisibility}
      />
      <TopicCheckboxes
        id={fields.supportTopics.id}
        legend={fields.supportTopics.label}
        selected={form.supportTopics}
        onChange={(supportTopics) => update({ supportTopics })}
        error={errorWithin(errors.fields, 'supportTopics')}
      />
      <FormField
        {...fields.capacity}
        type="number"
        min={1}
        max={20}
        value={form.capacity}
        onChange={(capacity) => update({ capacity })}
        hint={t('supporter.settings.capacityHint')}
        error={errors.fields.capacity}
      />
      <CheckboxField
        {...fields.acceptingNew}
        checked={form.acceptingNew}
        onChange={(acceptingNew) => update({ acceptingNew })}
        hint={t('supporter.settings.acceptingNewHint')}
        error={errors.fields.acceptingNew}
      />
      {canPause(supporter) ? (
        <CheckboxField
          {...fields.paused}
          checked={form.paused}
          onChange={(paused) => update({ paused })}
          hint={t('supporter.settings.pausedHint')}
          error={errors.fields.paused}
        />
      ) : (
        <p className="muted">{t('supporter.settings.pauseAfterTraining')}</p>
      )}
      <StatusMessage message={saved ? t('supporter.settings.saved') : null} />
      <button type="submit">{t('supporter.settings.save')}</button>
    </form>
  );
}
