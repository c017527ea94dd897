import { useTranslation } from 'react-i18next';
import { errorWithin } from '../../../lib/field-paths.js';
import { SelectField } from '../../../ui/SelectField.js';
import { TopicCheckboxes } from '../../topics/components/TopicCheckboxes.js';
import { useTopicLabel } from '../../topics/topic-labels.js';
import { withTopics } from '../request-form.js';
import type { RequestSectionProps } from './request-section-props.js';

/** The topics to get support with, and which of the chosen ones matters most. */
export function RequestTopicFields({ form, update, errors, ids }: RequestSectionProps) {
  const { t } = useTranslation();
  const topicLabel = useTopicLabel();
  return (
    <>
      <TopicCheckboxes
        id={ids.topics}
        legend={t('support.form.topics')}
        hint={t('support.form.topicsHint')}
        selected={form.topics}
        onChange={(topics) => update(withTopics(form, topics))}
        error={errorWithin(errors, 'topics')}
      />
      <SelectField
        id={ids.primaryTopic}
        label={t('support.form.primaryTopic')}
        hint={t('support.form.primaryTopicHint')}
        value={form.primaryTopic}
        options={[
          { value: '', label: t('support.form.noPrimary') },
          ...form.topics.map((topic) => ({ value: topic, label: topicLabel(topic) })),
        ]}
        onChange={(primaryTopic) => update({ primaryTopic })}
        error={errors.primaryTopic}
      />
    </>
  );
}
