import { useTranslation } from 'react-i18next';
import type { SafetyAlertDto } from '../../../../../shared/contracts/safety.js';
import { alertSubject } from '../alert-view.js';
import { safetyProblemText } from '../safety-problems.js';
import { useAcknowledgeAlert, useRecordAlertAction, useResolveAlert } from '../queries.js';
import { AlertNoteForm } from './AlertNoteForm.js';

interface AlertActionsProps {
  alert: SafetyAlertDto;
  /** Said politely once a step is done. */
  announce: (message: string) => void;
  /** The acknowledge button is gone once pressed: focus goes back to the alert. */
  onAcknowledged: () => void;
  /** The alert leaves the active list: focus goes to the list. */
  onResolved: () => void;
}

/** What the safety team does with an active alert: take it on, note each action, and close it with a note. */
export function AlertActions({ alert, announce, onAcknowledged, onResolved }: AlertActionsProps) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeAlert();
  const action = useRecordAlertAction();
  const resolve = useResolveAlert();
  const handle = alertSubject(t, alert);

  return (
    <div className="alert-actions">
      {alert.status === 'open' && (
        <p>
          <button
            type="button"
            aria-disabled={acknowledge.isPending || undefined}
            onClick={() =>
              !acknowledge.isPending &&
              acknowledge.mutate(alert.id, {
                onSuccess: () => {
                  announce(t('safety.dashboard.acknowledgedStatus', { handle }));
                  onAcknowledged();
                },
              })
            }
          >
            {t('safety.dashboard.acknowledge')}
          </button>
        </p>
      )}
      {acknowledge.isError && (
        <p role="alert" className="inline-error">
          {safetyProblemText(t, acknowledge.error)}
        </p>
      )}
      <AlertNoteForm
        label={t('safety.dashboard.actionLabel')}
        hint={t('safety.dashboard.actionHint')}
        submitLabel={t('safety.dashboard.recordAction')}
        onSave={(note) => action.mutateAsync({ id: alert.id, note })}
        onSaved={() => announce(t('safety.dashboard.actionRecorded'))}
      />
      <AlertNoteForm
        label={t('safety.dashboard.resolveLabel')}
        hint={t('safety.dashboard.resolveHint')}
        submitLabel={t('safety.dashboard.resolve')}
        onSave={(note) => resolve.mutateAsync({ id: alert.id, note })}
        onSaved={() => {
          announce(t('safety.dashboard.resolvedStatus', { handle }));
          onResolved();
        }}
      />
    </div>
  );
}
