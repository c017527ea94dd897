import { useTranslation } from 'react-i18next';
import type { MatchReason } from '../../../../../shared/contracts/matching.js';
import { useTopicLabel } from '../../topics/topic-labels.js';
import { reasonText, type ReasonContext } from '../reason-text.js';

interface ReasonListProps {
  reasons: readonly MatchReason[];
  viewer: ReasonContext['viewer'];
  primaryTopic: string | null;
  /** The id of the text that introduces the list, e.g. "Why we suggest Sol". */
  labelledBy: string;
}

/** Why two people were matched, one plain sentence per reason. */
export function ReasonList({ reasons, viewer, primaryTopic, labelledBy }: ReasonListProps) {
  const { t, i18n } = useTranslation();
  const topicLabel = useTopicLabel();
  const context: ReasonContext = { viewer, primaryTopic, topicLabel, language: i18n.language };
  return (
    <ul className="compact-list reason-list" aria-labelledby={labelledBy}>
      {reasons.map((reason) => (
        <li key={reason.kind}>{reasonText(t, reason, context)}</li>
      ))}
    </ul>
  );
}
