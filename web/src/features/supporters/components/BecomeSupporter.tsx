import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useMyApplication } from '../queries.js';
import { ApplicationForm } from './ApplicationForm.js';
import { ApplicationStatus } from './ApplicationStatus.js';

/** For someone who isn't a supporter: the application form, or where their application stands. */
export function BecomeSupporter() {
  const { t } = useTranslation();
  const headingId = useId();
  const application = useMyApplication();
  const [sent, setSent] = useState(false);

  return (
    <>
      <StatusMessage message={sent ? t('supporter.apply.sent') : null} />
      <QueryState query={application}>
        {(latest) => (
          <>
            {latest && <ApplicationStatus application={latest} focusOnMount={sent} />}
            {(!latest || latest.status === 'declined') && (
              <section aria-labelledby={headingId}>
                <h2 id={headingId}>{t('supporter.apply.heading')}</h2>
                <p>{latest ? t('supporter.apply.again') : t('supporter.apply.intro')}</p>
                <ApplicationForm onSent={() => setSent(true)} />
              </section>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
