import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/http.js';
import { Page } from '../../../ui/Page.js';

/** A group that does not exist and one this person may not see look the same: neither is confirmed. */
export function isGroupMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 403);
}

export function GroupNotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('groups.page.notFoundTitle')}>
      <p>{t('groups.page.notFoundText')}</p>
      <p>
        <Link to="/groups">{t('groups.page.back')}</Link>
      </p>
    </Page>
  );
}
