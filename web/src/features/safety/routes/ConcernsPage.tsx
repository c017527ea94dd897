import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { ConcernItem } from '../components/ConcernItem.js';
import { useLiveConcerns } from '../hooks/use-live-concerns.js';
import { useConcerns } from '../queries.js';

/** For supporters and room moderators: words of concern from the people in their care, arriving live. */
export function ConcernsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  useLiveConcerns(setStatus);
  const concerns = useConcerns();

  return (
    <Page title={t('safety.concerns.title')}>
      <StatusMessage message={status} />
      <p>{t('safety.concerns.intro')}</p>
      <QueryState query={concerns}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('safety.concerns.empty')}</p>
          ) : (
            <ul className="plain-list">
              {items.map((concern) => (
                <li key={concern.assessmentId}>
                  <ConcernItem concern={concern} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}
