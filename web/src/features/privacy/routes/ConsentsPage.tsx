import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { ConsentHistory } from '../components/ConsentHistory.js';
import { ConsentItem } from '../components/ConsentItem.js';
import { useConsents } from '../queries.js';

export function ConsentsPage() {
  const { t } = useTranslation();
  const historyHeadingId = useId();
  const consents = useConsents();
  const [status, setStatus] = useState<string | null>(null);

  return (
    <Page title={t('consents.title')}>
      <p className="lead">{t('consents.intro')}</p>
      <StatusMessage message={status} />
      <QueryState query={consents}>
        {(data) => (
          <>
            <ul className="plain-list">
              {data.consents.map((consent) => (
                <ConsentItem key={consent.kind} consent={consent} onChanged={setStatus} />
              ))}
            </ul>
            <section aria-labelledby={historyHeadingId}>
              <h2 id={historyHeadingId}>{t('consents.historyHeading')}</h2>
              <ConsentHistory history={data.history} />
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}
