import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { SharedGoals } from '../components/SharedGoals.js';
import { useRelationshipGoals } from '../queries.js';

/** A page of its own for one relationship's shared goals, until the relationship page embeds them. */
export function SharedGoalsPage() {
  const { t } = useTranslation();
  const { relationshipId = '' } = useParams();
  const goals = useRelationshipGoals(relationshipId);
  const relationship = goals.data?.relationship;
  const title = relationship
    ? relationship.myRole === 'member'
      ? t('goals.shared.pageTitleMember', { supporter: relationship.supporterHandle })
      : t('goals.shared.pageTitle', { member: relationship.memberHandle })
    : t('goals.shared.heading');
  return (
    <Page title={title}>
      <p>
        <Link to="/relationships">{t('goals.shared.backToRelationships')}</Link>
      </p>
      <QueryState query={goals}>{({ relationship: loaded }) => <SharedGoals relationshipId={relationshipId} role={loaded.myRole} />}</QueryState>
    </Page>
  );
}
