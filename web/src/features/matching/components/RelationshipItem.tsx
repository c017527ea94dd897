import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RelationshipDto } from '../../../../../shared/contracts/matching.js';
import { DateTime } from '../../../ui/DateTime.js';
import { otherPerson } from '../other-person.js';
import { EndRelationship } from './EndRelationship.js';

interface RelationshipItemProps {
  relationship: RelationshipDto;
  viewerId: string;
  onEnd: (relationship: RelationshipDto, handle: string, reason: string) => void;
}

/** The other person (linked to their profile), how they are connected, since when, and how it ended. */
export function RelationshipItem({ relationship, viewerId, onEnd }: RelationshipItemProps) {
  const { t } = useTranslation();
  const other = otherPerson(relationship, viewerId);
  const active = relationship.status === 'active';
  return (
    <li className="card">
      <h3>
        <Link to={`/profiles/${encodeURIComponent(other.id)}`}>{other.handle}</Link>
      </h3>
      <p className="muted">{other.role === 'supporter' ? t('relationships.roleSupporter') : t('relationships.roleMember')}</p>
      <p>
        <Link to={`/support/${encodeURIComponent(relationship.id)}`}>{t('support.relationship.link', { handle: other.handle })}</Link>
      </p>
      <dl className="facts">
        <dt>{active ? t('relationships.since') : t('relationships.started')}</dt>
        <dd>
          <DateTime iso={relationship.startedAt} />
        </dd>
        {relationship.endedAt && (
          <>
            <dt>{t('relationships.ended')}</dt>
            <dd>
              <DateTime iso={relationship.endedAt} />
            </dd>
          </>
        )}
        {relationship.endReason && (
          <>
            <dt>{t('relationships.endReason')}</dt>
            <dd className="story">{relationship.endReason}</dd>
          </>
        )}
      </dl>
      {active && <EndRelationship handle={other.handle} onEnd={(reason) => onEnd(relationship, other.handle, reason)} />}
    </li>
  );
}
