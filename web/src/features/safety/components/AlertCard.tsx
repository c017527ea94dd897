import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyAlertDto } from '../../../../../shared/contracts/safety.js';
import { formatList } from '../../../lib/format.js';
import { DateTime } from '../../../ui/DateTime.js';
import { FactList } from '../../../ui/FactList.js';
import { alertSubject, notifiedHandles } from '../alert-view.js';
import { AlertActions } from './AlertActions.js';
import { AlertHistory } from './AlertHistory.js';
import { AlertSignals } from './AlertSignals.js';
import '../safety.css';

interface AlertCardProps {
  alert: SafetyAlertDto;
  announce: (message: string) => void;
  onResolved: () => void;
}

/** One alert: who, the words, why it fired, how far it has escalated and to whom, its history and what to do next. */
export function AlertCard({ alert, announce, onResolved }: AlertCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const handle = alertSubject(t, alert);
  const notified = notifiedHandles(alert);

  const facts: Array<[string, ReactNode]> = [
    [t('safety.dashboard.facts.status'), t(`safety.dashboard.status.${alert.status}`)],
    [t('safety.dashboard.facts.opened'), <DateTime iso={alert.createdAt} />],
    [
      t('safety.dashboard.facts.escalation'),
      alert.escalationStep === 0 ? t('safety.dashboard.notEscalated') : t('safety.dashboard.escalated', { count: alert.escalationStep }),
    ],
    [t('safety.dashboard.facts.notified'), notified.length > 0 ? formatList(notified, i18n.language) : t('safety.dashboard.nobodyNotified')],
  ];
  if (alert.acknowledgedBy && alert.acknowledgedAt) {
    facts.push([t('safety.dashboard.facts.acknowledged'), <>{alert.acknowledgedBy}, <DateTime iso={alert.acknowledgedAt} /></>]);
  }
  if (alert.resolvedBy && alert.resolvedAt) {
    facts.push([t('safety.dashboard.facts.resolved'), <>{alert.resolvedBy}, <DateTime iso={alert.resolvedAt} /></>]);
  }

  return (
    <article className={`card alert-card alert-${alert.status}`} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t(`safety.dashboard.reason.${alert.reason}`, { handle })}
      </h3>
      <FactList facts={facts} />
      {alert.message && (
        <>
          <h4>{t('safety.dashboard.words')}</h4>
          <blockquote className="alert-words">{alert.message.body}</blockquote>
          {alert.message.source !== 'message' && <p className="muted">{t(`safety.source.${alert.message.source}`)}</p>}
        </>
      )}
      <AlertSignals signals={alert.signals} />
      <AlertHistory events={alert.events} />
      {alert.status !== 'resolved' && (
        <AlertActions alert={alert} announce={announce} onAcknowledged={() => document.getElementById(headingId)?.focus()} onResolved={onResolved} />
      )}
    </article>
  );
}
