import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser, useHasRole } from '../../auth/queries.js';
import { useRelationships } from '../../matching/queries.js';

/** For supporters: the way to each current member's shared goals, where they suggest steps and add updates. */
export function GoalsSharedWithMe() {
  const { t } = useTranslation();
  const headingId = useId();
  const isSupporter = useHasRole('supporter');
  const me = useCurrentUser();
  const relationships = useRelationships();
  if (!isSupporter || !me || !relationships.data) return null;
  const supporting = relationships.data.filter((relationship) => relationship.supporterId === me.id && relationship.status === 'active');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('goals.sharedWithMe.heading')}</h2>
      {supporting.length === 0 ? (
        <p className="muted">{t('goals.sharedWithMe.none')}</p>
      ) : (
        <ul>
          {supporting.map((relationship) => (
            <li key={relationship.id}>
              <Link to={`/relationships/${encodeURIComponent(relationship.id)}/goals`}>{t('goals.sharedWithMe.link', { handle: relationship.memberHandle })}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
