import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../ui/DateTime.js';
import { QueryState } from '../../../ui/QueryState.js';
import { usePlansSharedWithMe } from '../queries.js';

/** For supporters: the members who share their plan with them now. Shown only when there is at least one. */
export function PlansSharedWithMe() {
  const { t } = useTranslation();
  const headingId = useId();
  const plans = usePlansSharedWithMe();
  if (plans.data?.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="card no-print">
      <h2 id={headingId}>{t('safetyPlan.sharedWithMe.heading')}</h2>
      <QueryState query={plans}>
        {(list) => (
          <ul>
            {list.map((shared) => (
              <li key={shared.memberId}>
                <Link to={`/safety-plan/${encodeURIComponent(shared.memberId)}`}>{t('safetyPlan.sharedWithMe.link', { handle: shared.handle })}</Link>{' '}
                <span className="muted">
                  ({t('safetyPlan.sharedWithMe.since')} <DateTime iso={shared.grantedAt} />)
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
