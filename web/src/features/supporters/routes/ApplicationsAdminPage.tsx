import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupporterApplicationDto, SupporterSummaryDto } from '../../../../../shared/contracts/profiles.js';
import type { SupporterStatus } from '../../../../../shared/vocabularies/profile-values.js';
import { problemText } from '../../../lib/error-text.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import type { Decision } from '../api.js';
import { ApplicationReview } from '../components/ApplicationReview.js';
import { SupportersTable } from '../components/SupportersTable.js';
import {
  useDecideApplication,
  useMarkTrainingComplete,
  usePendingApplications,
  useSetSupporterStatus,
  useSupporters,
} from '../queries.js';

/** Pending supporter applications to decide on, then every supporter's training and status. */
export function ApplicationsAdminPage() {
  const { t } = useTranslation();
  const pendingHeadingId = useId();
  const supportersHeadingId = useId();
  const pendingHeading = useRef<HTMLHeadingElement>(null);
  const supportersHeading = useRef<HTMLHeadingElement>(null);
  const applications = usePendingApplications();
  const supporters = useSupporters();
  const decide = useDecideApplication();
  const markTraining = useMarkTrainingComplete();
  const setStatus = useSetSupporterStatus();
  const [message, setMessage] = useState<string | null>(null);
  const failed = decide.error ?? markTraining.error ?? setStatus.error;

  function resetAll() {
    setMessage(null);
    decide.reset();
    markTraining.reset();
    setStatus.reset();
  }

  function handleDecide(application: SupporterApplicationDto, decision: Decision, note: string | null) {
    if (decide.isPending) return;
    resetAll();
    const handle = application.handle;
    decide.mutate(
      { id: application.id, decision, note },
      {
        onSuccess: () => {
          setMessage(decision === 'approve' ? t('admin.applications.approved', { handle }) : t('admin.applications.declined', { handle }));
          pendingHeading.current?.focus();
        },
      },
    );
  }

  function handleMarkTraining(supporter: SupporterSummaryDto) {
    if (markTraining.isPending) return;
    resetAll();
    markTraining.mutate(supporter.userId, {
      onSuccess: () => {
        setMessage(t('admin.supporters.trainingMarked', { handle: supporter.handle }));
        supportersHeading.current?.focus();
      },
    });
  }

  function handleSetStatus(supporter: SupporterSummaryDto, status: SupporterStatus) {
    if (setStatus.isPending) return;
    resetAll();
    setStatus.mutate(
      { userId: supporter.userId, status },
      {
        onSuccess: (updated) =>
          setMessage(t('admin.supporters.statusChanged', { handle: updated.handle, status: t(`supporterStatuses.${updated.status}`) })),
      },
    );
  }

  return (
    <Page title={t('admin.applications.title')}>
      <StatusMessage message={message} />
      {failed && (
        <p role="alert" className="notice notice-error">
          {problemText(t, failed)}
        </p>
      )}
      <section aria-labelledby={pendingHeadingId}>
        <h2 id={pendingHeadingId} ref={pendingHeading} tabIndex={-1}>{t('admin.applications.pendingHeading')}</h2>
        <QueryState query={applications}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('admin.applications.empty')}</p>
            ) : (
              <ul className="plain-list">
                {list.map((application) => (
                  <ApplicationReview key={application.id} application={application} onDecide={handleDecide} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <section aria-labelledby={supportersHeadingId}>
        <h2 id={supportersHeadingId} ref={supportersHeading} tabIndex={-1}>{t('admin.supporters.heading')}</h2>
        <QueryState query={supporters}>
          {(list) => <SupportersTable supporters={list} onMarkTraining={handleMarkTraining} onSetStatus={handleSetStatus} />}
        </QueryState>
      </section>
    </Page>
  );
}
