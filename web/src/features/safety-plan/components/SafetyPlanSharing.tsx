import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyPlanShareDto } from '../../../../../shared/contracts/safety-plan.js';
import { problemText } from '../../../lib/error-text.js';
import { DateTime } from '../../../ui/DateTime.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useCurrentUser } from '../../auth/queries.js';
import { useRelationships } from '../../matching/queries.js';
import { useShareSafetyPlan, useStopSharingSafetyPlan } from '../queries.js';
import { type SharingChoice, sharingChoices } from '../sharing-choices.js';

/** Share the plan with a current supporter by name, or stop sharing, which takes effect at once. */
export function SafetyPlanSharing({ shares }: { shares: readonly SafetyPlanShareDto[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const me = useCurrentUser();
  const relationships = useRelationships();
  const share = useShareSafetyPlan();
  const stop = useStopSharingSafetyPlan();
  const [message, setMessage] = useState<string | null>(null);
  const failed = share.error ?? stop.error;

  function handleShare(choice: SharingChoice) {
    if (share.isPending) return;
    stop.reset();
    setMessage(null);
    share.mutate(choice.supporterId, { onSuccess: () => setMessage(t('safetyPlan.sharing.sharedStatus', { handle: choice.handle })) });
  }

  function handleStop(choice: SharingChoice) {
    if (stop.isPending) return;
    share.reset();
    setMessage(null);
    stop.mutate(choice.supporterId, { onSuccess: () => setMessage(t('safetyPlan.sharing.stoppedStatus', { handle: choice.handle })) });
  }

  return (
    <section aria-labelledby={headingId} className="card no-print">
      <h2 id={headingId}>{t('safetyPlan.sharing.heading')}</h2>
      <p>{t('safetyPlan.sharing.intro')}</p>
      {failed && (
        <p role="alert" className="notice notice-error">
          {problemText(t, failed)}
        </p>
      )}
      <QueryState query={relationships}>
        {(list) => {
          const choices = me ? sharingChoices(me.id, list, shares) : [];
          if (choices.length === 0) return <p className="muted">{t('safetyPlan.sharing.noSupporter')}</p>;
          return (
            <ul className="plain-list">
              {choices.map((choice) => (
                <li key={choice.supporterId}>
                  <p>
                    {choice.share ? (
                      <>
                        {t('safetyPlan.sharing.sharedSince', { handle: choice.handle })} <DateTime iso={choice.share.grantedAt} />
                        {!choice.current && ` ${t('safetyPlan.sharing.noLongerSupporter')}`}
                      </>
                    ) : (
                      t('safetyPlan.sharing.notShared', { handle: choice.handle })
                    )}
                  </p>
                  <div className="actions">
                    {choice.share ? (
                      <button type="button" className="button-secondary" onClick={() => handleStop(choice)}>
                        {t('safetyPlan.sharing.stop', { handle: choice.handle })}
                      </button>
                    ) : (
                      <button type="button" onClick={() => handleShare(choice)}>
                        {t('safetyPlan.sharing.share', { handle: choice.handle })}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
      <StatusMessage message={message} />
    </section>
  );
}
