import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummaryDto } from '../../../../../shared/contracts/admin.js';
import { ROLES, type Role } from '../../../../../shared/roles.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';
import { RoleToggle } from './RoleToggle.js';

interface UsersTableProps {
  users: UserSummaryDto[];
  onToggleRole: (user: UserSummaryDto, role: Role, grant: boolean) => void;
}

export function UsersTable({ users, onToggleRole }: UsersTableProps) {
  const { t } = useTranslation();
  const captionId = useId();

  if (users.length === 0) return <p>{t('admin.users.empty')}</p>;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table>
        <caption id={captionId}>{t('admin.users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.handle')}</th>
            <th scope="col">{t('admin.users.email')}</th>
            <th scope="col">{t('admin.users.roles')}</th>
            <th scope="col">{t('admin.users.changeRoles')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.handle}</th>
              <td>{user.email}</td>
              <td>
                {user.roles.length > 0
                  ? user.roles.map((role) => t(`roles.${role}.name`)).join(', ')
                  : t('admin.users.noRoles')}
              </td>
              <td>
                <div className="actions actions-compact">
                  {ROLES.map((role) => (
                    <RoleToggle key={role} user={user} role={role} onToggle={onToggleRole} />
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
