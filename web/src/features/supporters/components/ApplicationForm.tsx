import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { supporterApplicationInput } from '../../../../../shared/contracts/profiles.js';
import { errorWithin } from '../../../lib/field-paths.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { TopicCheckboxes } from '../../topics/components/TopicCheckboxes.js';
import { useSubmitApplication } from '../queries.js';

/** Story, motivation and the topics someone could support people with. */
export function ApplicationForm({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const fields = {
    story: { id: `${id}-story`, label: t('supporter.apply.story') },
    motivation: { id: `${id}-motivation`, label: t('supporter.apply.motivation') },
    supportTopics: { id: `${id}-topics`, label: t('supporter.apply.supportTopics') },
  };
  const { values, bind } = useFormValues({ story: '', motivation: '' });
  const [supportTopics, setSupportTopics] = useState<string[]>([]);
  const errors = useFormErrors();
  const submit = useSubmitApplication();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    const input = errors.validate(supporterApplicationInput, { ...values, supportTopics });
    if (input) submit.mutate(input, { onSuccess: onSent, onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField
        {...fields.story}
        {...bind('story')}
        multiline
        rows={6}
        required
        hint={t('supporter.apply.storyHint')}
        error={errors.fields.story}
      />
      <FormField {...fields.motivation} {...bind('motivation')} multiline rows={4} required error={errors.fields.motivation} />
      <TopicCheckboxes
        id={fields.supportTopics.id}
        legend={fields.supportTopics.label}
        selected={supportTopics}
        onChange={setSupportTopics}
        error={errorWithin(errors.fields, 'supportTopics')}
      />
      <button type="submit">{t('supporter.apply.submit')}</button>
    </form>
  );
}
