import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { SafetyPlanSummary } from '../../safety-plan/components/SafetyPlanSummary.js';
import { SupportLines } from '../components/SupportLines.js';
import { TalkNow } from '../components/TalkNow.js';
import { useSupportCard } from '../queries.js';

/** The support card, whenever someone wants it: lines that reach them, their safety plan, and a person now. */
export function SupportForYouPage() {
  const { t } = useTranslation();
  const linesId = useId();
  const planId = useId();
  const talkId = useId();
  const card = useSupportCard();
  return (
    <Page title={t('safety.page.title')}>
      <p className="lead">{t('safety.page.intro')}</p>
      <p className="notice notice-urgent">
        <strong>{t('help.emergency')}</strong>
      </p>
      <QueryState query={card}>
        {(data) => (
          <>
            <section aria-labelledby={linesId}>
              <h2 id={linesId}>{t('safety.page.linesHeading')}</h2>
              <SupportLines lines={data.crisisLines} />
            </section>
            <section aria-labelledby={talkId}>
              <h2 id={talkId}>{t('safety.page.talkHeading')}</h2>
              <TalkNow available={data.talkNowAvailable} />
            </section>
            <section aria-labelledby={planId}>
              <h2 id={planId}>{t('safety.page.planHeading')}</h2>
              <SafetyPlanSummary />
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}
