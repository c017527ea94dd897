import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicDto } from '../../../../shared/contracts/profiles.js';
import { LOCALES } from '../../../../shared/locales.js';
import { useTopics } from './queries.js';

/** A topic's name in `language`, falling back to English, then to its key (e.g. while topics load). */
export function topicLabel(topics: readonly TopicDto[] | undefined, key: string, language: string): string {
  const topic = topics?.find((candidate) => candidate.key === key);
  if (!topic) return key;
  const locale = LOCALES.find((known) => known === language);
  return (locale ? topic.labels[locale] : null) || topic.labels.en || key;
}

/** Names topics in the current language. */
export function useTopicLabel(): (key: string) => string {
  const { i18n } = useTranslation();
  const topics = useTopics().data;
  return useCallback((key: string) => topicLabel(topics, key, i18n.language), [topics, i18n.language]);
}
