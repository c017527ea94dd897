import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisLineDto } from '../../../../../shared/contracts/crisis-lines.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { CrisisLineAdminItem } from '../components/CrisisLineAdminItem.js';
import { CrisisLineForm } from '../components/CrisisLineForm.js';
import { useCreateCrisisLine, useCrisisLines } from '../queries.js';

export function CrisisLinesAdminPage() {
  const { t } = useTranslation();
  const listHeadingId = useId();
  const addHeadingId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const lines = useCrisisLines();
  const create = useCreateCrisisLine();
  const [status, setStatus] = useState<string | null>(null);

  function handleDeleted(line: CrisisLineDto) {
    setStatus(t('admin.crisisLines.deleted', { name: line.name }));
    listHeading.current?.focus();
  }

  return (
    <Page title={t('admin.crisisLines.title')}>
      <p>{t('admin.crisisLines.intro')}</p>
      <StatusMessage message={status} />
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} ref={listHeading} tabIndex={-1}>
          {t('admin.crisisLines.listHeading')}
        </h2>
        <QueryState query={lines}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('admin.crisisLines.empty')}</p>
            ) : (
              <ul className="plain-list">
                {list.map((line) => (
                  <CrisisLineAdminItem
                    key={line.id}
                    line={line}
                    onSaved={(saved) => setStatus(t('admin.crisisLines.saved', { name: saved.name }))}
                    onDeleted={handleDeleted}
                  />
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <section aria-labelledby={addHeadingId}>
        <h2 id={addHeadingId}>{t('admin.crisisLines.addHeading')}</h2>
        <CrisisLineForm
          submitLabel={t('admin.crisisLines.add')}
          save={create.mutateAsync}
          onSaved={(line) => setStatus(t('admin.crisisLines.added', { name: line.name }))}
        />
      </section>
    </Page>
  );
}
