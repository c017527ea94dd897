import { useTranslation } from 'react-i18next';
import type { ShownProfileDto } from '../../../../../shared/contracts/profiles.js';
import { useTopicLabel } from '../../topics/topic-labels.js';

type ShownSupporter = NonNullable<ShownProfileDto['supporter']>;

function availabilityText(supporter: ShownSupporter): 'notActive' | 'acceptingNew' | 'notAcceptingNew' {
  if (!supporter.active) return 'notActive';
  return supporter.acceptingNew ? 'acceptingNew' : 'notAcceptingNew';
}

/** A peer supporter's story (when shown), the topics they support with and whether they take new people. */
export function SupporterFacts({ supporter }: { supporter: ShownSupporter }) {
  const { t } = useTranslation();
  const topicLabel = useTopicLabel();
  return (
    <div className="supporter-facts">
      <p>
        <span className="badge badge-inline">{t('profileCard.supporter')}</span> {t(`profileCard.${availabilityText(supporter)}`)}
      </p>
      <dl className="facts">
        {supporter.supportTopics.length > 0 && (
          <>
            <dt>{t('profileCard.supportTopics')}</dt>
            <dd>{supporter.supportTopics.map(topicLabel).join(', ')}</dd>
          </>
        )}
        {supporter.story && (
          <>
            <dt>{t('profileCard.story')}</dt>
            <dd className="story">{supporter.story}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
