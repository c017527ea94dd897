import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { useCurrentUser } from '../../auth/queries.js';
import { GroupFinder } from '../components/GroupFinder.js';
import { MyGroups } from '../components/MyGroups.js';
import '../groups.css';

/** /groups: the person's own groups, then the finder. */
export function GroupsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const isStaff = Boolean(me?.roles.some((role) => role === 'admin' || role === 'supervisor'));
  return (
    <Page title={t('groups.title')}>
      <p className="lead">{t('groups.intro')}</p>
      {isStaff && (
        <p>
          <Link to="/groups/new">{t('groups.createLink')}</Link>
        </p>
      )}
      <MyGroups />
      <GroupFinder />
    </Page>
  );
}
