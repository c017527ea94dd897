import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../lib/error-text.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import type { AuditFilters } from '../api.js';
import { AuditFiltersForm } from '../components/AuditFiltersForm.js';
import { AuditTable } from '../components/AuditTable.js';
import { useAuditLog } from '../queries.js';

const NO_FILTERS: AuditFilters = { action: '', from: '', to: '' };

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const audit = useAuditLog(filters);

  function loadMore() {
    if (!audit.isFetchingNextPage) void audit.fetchNextPage();
  }

  return (
    <Page title={t('admin.audit.title')}>
      <AuditFiltersForm onApply={setFilters} />
      <QueryState query={audit}>
        {(data) => <AuditTable entries={data.pages.flatMap((page) => page.entries)} />}
      </QueryState>
      {audit.isFetchNextPageError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, audit.error)}
        </p>
      )}
      {audit.hasNextPage && (
        <button type="button" className="button-secondary" onClick={loadMore}>
          {t('admin.audit.loadMore')}
        </button>
      )}
    </Page>
  );
}
