import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useHasRole } from '../../auth/queries.js';
import { NotAllowed } from './NotAllowed.js';

/** Admin pages: only for admins, with their own navigation between the admin tools. */
export function AdminLayout() {
  const { t } = useTranslation();
  const isAdmin = useHasRole('admin');

  if (!isAdmin) return <NotAllowed />;
  return (
    <>
      <nav aria-label={t('admin.nav.label')} className="subnav">
        <ul>
          <li>
            <NavLink to="/admin/users">{t('admin.nav.users')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/audit">{t('admin.nav.audit')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/crisis-lines">{t('admin.nav.crisisLines')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/applications">{t('admin.nav.applications')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/topics">{t('admin.nav.topics')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/matching">{t('admin.nav.matching')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/intake">{t('admin.nav.intake')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/rooms">{t('admin.nav.rooms')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/on-call">{t('admin.nav.onCall')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/supervision">{t('support.nav.adminSupervision')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
