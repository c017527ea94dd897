import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GroupDto } from '../../../../../shared/contracts/groups.js';
import { Page } from '../../../ui/Page.js';
import { GroupNotFound, isGroupMissing } from '../components/GroupNotFound.js';
import { QueryState } from '../../../ui/QueryState.js';
import { GroupFacts } from '../components/GroupFacts.js';
import { MyMembership } from '../components/MyMembership.js';
import { UpcomingMeetings } from '../components/UpcomingMeetings.js';
import { useGroup } from '../queries.js';
import '../groups.css';

/** /groups/:id: what the group is, when it meets, joining (or the waiting list), RSVPs and the room. */
export function GroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const group = useGroup(id);

  if (isGroupMissing(group.error)) return <GroupNotFound />;
  return (
    <Page title={group.data?.name ?? t('groups.page.loadingTitle')}>
      <QueryState query={group}>{(shown) => <GroupDetails group={shown} />}</QueryState>
    </Page>
  );
}

function GroupDetails({ group }: { group: GroupDto }) {
  const { t } = useTranslation();
  return (
    <>
      {group.listing === 'invitation' && <p className="muted">{t('groups.page.invitationOnly')}</p>}
      {group.description && <p className="lead story">{group.description}</p>}
      {group.canManage && (
        <p>
          <Link to={`/groups/${encodeURIComponent(group.id)}/facilitate`}>{t('groups.page.facilitate')}</Link>
        </p>
      )}
      <section aria-labelledby="group-about">
        <h2 id="group-about">{t('groups.page.about')}</h2>
        <GroupFacts group={group} />
      </section>
      <MyMembership group={group} />
      <UpcomingMeetings group={group} />
      <p>
        <Link to="/groups">{t('groups.page.back')}</Link>
      </p>
    </>
  );
}
