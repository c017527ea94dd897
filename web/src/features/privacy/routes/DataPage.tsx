import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { DeleteAccountForm } from '../components/DeleteAccountForm.js';
import { DeletionExplanation } from '../components/DeletionExplanation.js';
import { DownloadData } from '../components/DownloadData.js';
import { useDeletionExplanation } from '../queries.js';

export function DataPage() {
  const { t } = useTranslation();
  const deleteHeadingId = useId();
  const explanation = useDeletionExplanation();
  return (
    <Page title={t('data.title')}>
      <DownloadData />
      <section aria-labelledby={deleteHeadingId}>
        <h2 id={deleteHeadingId}>{t('data.deleteHeading')}</h2>
        <p>{t('data.deleteIntro')}</p>
        <QueryState query={explanation}>
          {(data) => (
            <>
              <DeletionExplanation explanation={data} />
              <DeleteAccountForm />
            </>
          )}
        </QueryState>
      </section>
    </Page>
  );
}
