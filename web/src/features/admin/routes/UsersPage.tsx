import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummaryDto } from '../../../../../shared/contracts/admin.js';
import type { Role } from '../../../../../shared/roles.js';
import { problemText } from '../../../lib/error-text.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { UserSearchForm } from '../components/UserSearchForm.js';
import { UsersTable } from '../components/UsersTable.js';
import { useSetRole, useUsers } from '../queries.js';

export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const users = useUsers(search);
  const setRole = useSetRole();
  const [status, setStatus] = useState<string | null>(null);

  function handleToggle(user: UserSummaryDto, role: Role, grant: boolean) {
    if (setRole.isPending) return;
    setStatus(null);
    setRole.mutate(
      { userId: user.id, role, grant },
      {
        onSuccess: (updated) => {
          const names = { handle: updated.handle, role: t(`roles.${role}.noun`) };
          setStatus(grant ? t('admin.users.granted', names) : t('admin.users.revoked', names));
        },
      },
    );
  }

  return (
    <Page title={t('admin.users.title')}>
      <UserSearchForm onSearch={setSearch} />
      <StatusMessage message={status} />
      {setRole.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, setRole.error)}
        </p>
      )}
      <QueryState query={users}>{(list) => <UsersTable users={list} onToggleRole={handleToggle} />}</QueryState>
    </Page>
  );
}
