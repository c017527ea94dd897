import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { TopicForm } from '../components/TopicForm.js';
import { TopicsTable } from '../components/TopicsTable.js';
import { useTopics } from '../queries.js';
import { topicLabel } from '../topic-labels.js';

export function TopicsAdminPage() {
  const { t, i18n } = useTranslation();
  const addHeadingId = useId();
  const topics = useTopics();
  const [status, setStatus] = useState<string | null>(null);

  return (
    <Page title={t('admin.topics.title')}>
      <p>{t('admin.topics.intro')}</p>
      <StatusMessage message={status} />
      <QueryState query={topics}>{(list) => <TopicsTable topics={list} />}</QueryState>
      <section aria-labelledby={addHeadingId}>
        <h2 id={addHeadingId}>{t('admin.topics.addHeading')}</h2>
        <TopicForm
          onAdded={(topic) => setStatus(t('admin.topics.added', { label: topicLabel([topic], topic.key, i18n.language) }))}
        />
      </section>
    </Page>
  );
}
