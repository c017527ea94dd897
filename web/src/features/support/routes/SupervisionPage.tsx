import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../ui/DateTime.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useHasRole } from '../../auth/queries.js';
import type { SupervisionAssignment } from '../api.js';
import { FeedbackTrendTable } from '../components/FeedbackTrendTable.js';
import { useSupervisedSupporters, useSupporterTrend } from '../queries.js';
import '../support.css';

/** A supervisor's overview: the supporters they look after, each with their members' feedback trend. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const isSupervisor = useHasRole('supervisor');
  return (
    <Page title={t('support.supervision.title')}>
      <p className="lead">{t('support.supervision.intro')}</p>
      {isSupervisor ? <Supervised /> : <p>{t('support.supervision.notSupervisor')}</p>}
    </Page>
  );
}

function Supervised() {
  const { t } = useTranslation();
  const supporters = useSupervisedSupporters();
  return (
    <QueryState query={supporters}>
      {(list) =>
        list.length === 0 ? (
          <p className="muted">{t('support.supervision.none')}</p>
        ) : (
          <ul className="plain-list">
            {list.map((assignment) => (
              <SupervisedSupporter key={assignment.supporterId} assignment={assignment} />
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}

function SupervisedSupporter({ assignment }: { assignment: SupervisionAssignment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const trend = useSupporterTrend(assignment.supporterId);
  return (
    <li className="card">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{assignment.supporterHandle}</h2>
        <p className="muted">
          {t('support.supervision.since')} <DateTime iso={assignment.createdAt} />
        </p>
        <QueryState query={trend}>{(loaded) => <FeedbackTrendTable trend={loaded} whose="supervised" />}</QueryState>
      </section>
    </li>
  );
}
