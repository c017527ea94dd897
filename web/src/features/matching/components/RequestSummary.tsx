import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportRequestDto } from '../../../../../shared/contracts/matching.js';
import { languageName } from '../../../lib/intl-options.js';
import { DateTime } from '../../../ui/DateTime.js';
import { useTopicLabel } from '../../topics/topic-labels.js';
import { FactList } from '../../../ui/FactList.js';

type Fact = [label: string, value: ReactNode];

/** What the member asked for, so they can see what the suggestions are based on. */
export function RequestSummary({ request }: { request: SupportRequestDto }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const topicLabel = useTopicLabel();
  const language = i18n.language;
  const list = (items: readonly string[]) => items.join(', ');
  const topics = request.topics.map((topic) =>
    topic === request.primaryTopic ? t('support.summary.mostImportant', { topic: topicLabel(topic) }) : topicLabel(topic),
  );

  const facts: Fact[] = [
    [t('support.summary.topics'), list(topics)],
    [t('support.summary.languages'), list(request.languages.map((tag) => languageName(tag, language)))],
    [t('support.summary.meetingModes'), list(request.meetingModes.map((mode) => t(`meetingModes.${mode}`)))],
  ];
  if (request.supporterIdentities.length > 0) facts.push([t('support.summary.identities'), list(request.supporterIdentities)]);
  if (request.communities.length > 0) facts.push([t('support.summary.communities'), list(request.communities)]);
  if (request.note) facts.push([t('support.summary.note'), <span className="story">{request.note}</span>]);
  facts.push([t('support.summary.sent'), <DateTime iso={request.createdAt} />]);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('support.summary.heading')}</h2>
      <FactList facts={facts} />
    </section>
  );
}
