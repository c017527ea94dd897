import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../../../shared/roles.js';
import { MemberLinks } from './MemberLinks.js';

/** What a role means, and the tools that come with it. */
export function RoleSection({ role }: { role: Role }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t(`roles.${role}.name`)}</h2>
      <p>{t(`roles.${role}.description`)}</p>
      {role === 'admin' && (
        <ul>
          <li>
            <Link to="/admin/users">{t('admin.nav.users')}</Link>
          </li>
          <li>
            <Link to="/admin/audit">{t('admin.nav.audit')}</Link>
          </li>
          <li>
            <Link to="/admin/crisis-lines">{t('admin.nav.crisisLines')}</Link>
          </li>
          <li>
            <Link to="/admin/applications">{t('admin.nav.applications')}</Link>
          </li>
          <li>
            <Link to="/admin/topics">{t('admin.nav.topics')}</Link>
          </li>
          <li>
            <Link to="/admin/matching">{t('admin.nav.matching')}</Link>
          </li>
          <li>
            <Link to="/admin/rooms">{t('admin.nav.rooms')}</Link>
          </li>
          <li>
            <Link to="/admin/on-call">{t('admin.nav.onCall')}</Link>
          </li>
          <li>
            <Link to="/safety">{t('home.safetyAlertsLink')}</Link>
          </li>
        </ul>
      )}
      {role === 'supervisor' && (
        <ul>
          <li>
            <Link to="/safety">{t('home.safetyAlertsLink')}</Link>
          </li>
          <li>
            <Link to="/safety/concerns">{t('home.concernsLink')}</Link>
          </li>
        </ul>
      )}
      {role === 'supporter' && (
        <ul>
          <li>
            <Link to="/support/requests">{t('home.supportRequestsLink')}</Link>
          </li>
          <li>
            <Link to="/safety/concerns">{t('home.concernsLink')}</Link>
          </li>
        </ul>
      )}
      {role === 'member' && <MemberLinks />}
    </section>
  );
}
