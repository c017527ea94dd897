import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RelationshipDto } from '../../../../../shared/contracts/matching.js';
import { problemText } from '../../../lib/error-text.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useCurrentUser, useHasRole } from '../../auth/queries.js';
import { RelationshipItem } from '../components/RelationshipItem.js';
import { useEndRelationship, useRelationships } from '../queries.js';

/** Current and past support relationships, from either side, with a way to end a current one. */
export function RelationshipsPage() {
  const { t } = useTranslation();
  const currentHeadingId = useId();
  const pastHeadingId = useId();
  const currentHeading = useRef<HTMLHeadingElement>(null);
  const me = useCurrentUser();
  const isMember = useHasRole('member');
  const relationships = useRelationships();
  const end = useEndRelationship();
  const [message, setMessage] = useState<string | null>(null);

  function handleEnd(relationship: RelationshipDto, handle: string, reason: string) {
    if (end.isPending) return;
    setMessage(null);
    end.mutate(
      { relationshipId: relationship.id, reason },
      {
        onSuccess: () => setMessage(t('relationships.endedStatus', { handle })),
        // The relationship moves to "Past"; the current list's heading keeps the person's place.
        onSettled: () => currentHeading.current?.focus(),
      },
    );
  }

  return (
    <Page title={t('relationships.title')}>
      <p className="lead">{t('relationships.intro')}</p>
      <StatusMessage message={message} />
      {end.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, end.error)}
        </p>
      )}
      <QueryState query={relationships}>
        {(list) => {
          const current = list.filter((relationship) => relationship.status === 'active');
          const past = list.filter((relationship) => relationship.status !== 'active');
          const item = (relationship: RelationshipDto) => (
            <RelationshipItem key={relationship.id} relationship={relationship} viewerId={me?.id ?? ''} onEnd={handleEnd} />
          );
          return (
            <>
              <section aria-labelledby={currentHeadingId}>
                <h2 id={currentHeadingId} ref={currentHeading} tabIndex={-1}>
                  {t('relationships.currentHeading')}
                </h2>
                {current.length === 0 ? (
                  <p>
                    {t('relationships.noCurrent')}{' '}
                    {isMember && <Link to="/support">{t('relationships.findLink')}</Link>}
                  </p>
                ) : (
                  <ul className="plain-list">{current.map(item)}</ul>
                )}
              </section>
              {past.length > 0 && (
                <section aria-labelledby={pastHeadingId}>
                  <h2 id={pastHeadingId}>{t('relationships.pastHeading')}</h2>
                  <ul className="plain-list">{past.map(item)}</ul>
                </section>
              )}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
