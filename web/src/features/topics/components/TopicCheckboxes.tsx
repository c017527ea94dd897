import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { CheckboxGroup } from '../../../ui/CheckboxGroup.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useTopics } from '../queries.js';
import { topicLabel } from '../topic-labels.js';

interface TopicCheckboxesProps {
  id: string;
  legend: string;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string;
  error?: FieldError;
  children?: ReactNode;
}

/** Lived-experience topics as checkboxes, named in the reader's language. */
export function TopicCheckboxes(props: TopicCheckboxesProps) {
  const { i18n } = useTranslation();
  const topics = useTopics();
  return (
    <QueryState query={topics}>
      {(list) => (
        <CheckboxGroup
          {...props}
          options={list.map((topic) => ({ value: topic.key, label: topicLabel(list, topic.key, i18n.language) }))}
        />
      )}
    </QueryState>
  );
}
