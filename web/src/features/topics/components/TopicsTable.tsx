import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicDto } from '../../../../../shared/contracts/profiles.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';

export function TopicsTable({ topics }: { topics: TopicDto[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table>
        <caption id={captionId}>{t('admin.topics.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.topics.key')}</th>
            <th scope="col">{t('admin.topics.english')}</th>
            <th scope="col">{t('admin.topics.spanish')}</th>
            <th scope="col">{t('admin.topics.builtIn')}</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.key}>
              <th scope="row">
                <code>{topic.key}</code>
              </th>
              <td lang="en">{topic.labels.en}</td>
              <td lang="es">{topic.labels.es}</td>
              <td>{topic.builtIn ? t('admin.topics.yes') : t('admin.topics.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
