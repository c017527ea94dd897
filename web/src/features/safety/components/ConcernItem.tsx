import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConcernDto } from '../../../../../shared/contracts/safety.js';
import { DateTime } from '../../../ui/DateTime.js';
import { AlertSignals } from './AlertSignals.js';
import '../safety.css';

/** Words from someone in my care that suggest they are struggling, with the way back to the conversation. */
export function ConcernItem({ concern }: { concern: ConcernDto }) {
  const { t } = useTranslation();
  const headingId = useId();
  const handle = concern.authorHandle ?? t('safety.dashboard.unknownMember');
  return (
    <article className={`card concern-card concern-${concern.level}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`safety.concerns.level.${concern.level}`, { handle })}</h3>
      <p className="muted">
        <DateTime iso={concern.createdAt} />
      </p>
      <blockquote className="alert-words">{concern.body}</blockquote>
      <AlertSignals signals={concern.signals} />
      {concern.conversationId ? (
        <p>
          <Link to={`/conversations/${encodeURIComponent(concern.conversationId)}`}>{t('safety.concerns.open', { handle })}</Link>
        </p>
      ) : (
        <p className="muted">{t(`safety.source.${concern.source}`)}</p>
      )}
    </article>
  );
}
