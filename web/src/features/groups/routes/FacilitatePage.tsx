import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { GroupNotFound, isGroupMissing } from '../components/GroupNotFound.js';
import { QueryState } from '../../../ui/QueryState.js';
import { MeetingConsole } from '../components/MeetingConsole.js';
import { MembersPanel } from '../components/MembersPanel.js';
import { useGroup } from '../queries.js';
import '../groups.css';

/** /groups/:id/facilitate: members and waiting list, invitations, and each meeting's changes, attendance and note. */
export function FacilitatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const group = useGroup(id);
  const name = group.data?.name;

  if (isGroupMissing(group.error)) return <GroupNotFound />;
  return (
    <Page title={name ? t('groups.facilitate.title', { name }) : t('groups.page.loadingTitle')}>
      <QueryState query={group}>
        {(shown) => (
          <>
            <p>
              <Link to={`/groups/${encodeURIComponent(shown.id)}`}>{t('groups.facilitate.backToGroup')}</Link>
            </p>
            {shown.canManage ? (
              <>
                <MembersPanel groupId={shown.id} />
                <MeetingConsole group={shown} />
              </>
            ) : (
              <p className="notice">{t('groups.facilitate.notAllowed')}</p>
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}
