import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/http.js';
import { DeadEndPage } from '../../../ui/DeadEndPage.js';

/** A group that does not exist and one this person may not see look the same: neither is confirmed. */
export function isGroupMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 403);
}

export function GroupNotFound() {
  const { t } = useTranslation();
  return (
    <DeadEndPage title={t('groups.page.notFoundTitle')} text={t('groups.page.notFoundText')} backTo="/groups" backLabel={t('groups.page.back')} />
  );
}
