import { useTranslation } from 'react-i18next';
import type { UserSummaryDto } from '../../../../../shared/contracts/admin.js';
import type { Role } from '../../../../../shared/roles.js';

interface RoleToggleProps {
  user: UserSummaryDto;
  role: Role;
  onToggle: (user: UserSummaryDto, role: Role, grant: boolean) => void;
}

/** "Grant supporter" or "Revoke supporter", depending on whether the user holds the role. */
export function RoleToggle({ user, role, onToggle }: RoleToggleProps) {
  const { t } = useTranslation();
  const holds = user.roles.includes(role);
  const names = { role: t(`roles.${role}.noun`), handle: user.handle };

  return (
    <button
      type="button"
      className={holds ? 'button-secondary button-small' : 'button-small'}
      aria-label={holds ? t('admin.users.revokeLabel', names) : t('admin.users.grantLabel', names)}
      onClick={() => onToggle(user, role, !holds)}
    >
      {holds ? t('admin.users.revoke', names) : t('admin.users.grant', names)}
    </button>
  );
}
