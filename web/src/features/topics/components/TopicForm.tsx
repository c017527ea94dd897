import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { topicInput, type TopicDto } from '../../../../../shared/contracts/profiles.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { useCreateTopic } from '../queries.js';

const EMPTY = { key: '', labelEn: '', labelEs: '' };

/** Adds a lived-experience topic, named in English and Spanish. */
export function TopicForm({ onAdded }: { onAdded: (topic: TopicDto) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const fields = {
    key: { id: `${id}-key`, label: t('admin.topics.key') },
    labelEn: { id: `${id}-en`, label: t('admin.topics.labelEn') },
    labelEs: { id: `${id}-es`, label: t('admin.topics.labelEs') },
  };
  const { values, bind, setValues } = useFormValues(EMPTY);
  const errors = useFormErrors();
  const create = useCreateTopic();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const input = errors.validate(topicInput, values);
    if (!input) return;
    create.mutate(input, {
      onSuccess: (topic) => {
        setValues(EMPTY);
        onAdded(topic);
      },
      onError: errors.fail,
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField {...fields.key} {...bind('key')} required hint={t('admin.topics.keyHint')} error={errors.fields.key} />
      <FormField {...fields.labelEn} {...bind('labelEn')} required error={errors.fields.labelEn} />
      <FormField {...fields.labelEs} {...bind('labelEs')} required error={errors.fields.labelEs} />
      <button type="submit">{t('admin.topics.add')}</button>
    </form>
  );
}
