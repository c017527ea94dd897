import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { decideAppealInput, decideReportInput, reportOutcomes, type QueuedReportDto, type ReportOutcome } from '../../../../../shared/contracts/reports.js';
import { DateTime } from '../../../ui/DateTime.js';
import { FactList } from '../../../ui/FactList.js';
import { FormField } from '../../../ui/FormField.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import type { QueueView } from '../api.js';
import { NoteForm } from '../components/NoteForm.js';
import { useLiveList } from '../hooks/use-live-list.js';
import { countArrivals } from '../queue-arrivals.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';
import { useDecideAppeal, useDecideReport, useModerationQueue } from '../queries.js';

const VIEW_PATHS: Record<QueueView, string> = { open: '/safety/reports', appeals: '/safety/reports/appeals', closed: '/safety/reports/decided' };

/**
 * The moderation queue for supervisors and admins: open reports, appeals waiting, and recent decisions.
 * It stays current while open, and says politely when something new arrives in the list on screen.
 */
export function ModerationQueuePage({ view }: { view: QueueView }) {
  const { t } = useTranslation();
  const queue = useModerationQueue(view);
  const [status, setStatus] = useState<string | null>(null);
  const shown = useRef<{ view: QueueView; ids: Set<string> } | null>(null);
  useLiveList('queue');

  useEffect(() => {
    if (!queue.data) return;
    const ids = queue.data.map((report) => report.id);
    const arrived = countArrivals(shown.current?.view === view ? shown.current.ids : null, ids);
    shown.current = { view, ids: new Set(ids) };
    if (arrived > 0) setStatus(t(`reports.queue.arrived.${view}`, { count: arrived }));
  }, [queue.data, view, t]);
  return (
    <Page title={t('reports.queue.title')}>
      <StatusMessage message={status} />
      <p>{t('reports.queue.intro')}</p>
      <nav aria-label={t('reports.queue.viewsLabel')} className="subnav">
        <ul>
          {(Object.keys(VIEW_PATHS) as QueueView[]).map((key) => (
            <li key={key}>
              <NavLink to={VIEW_PATHS[key]} end>
                {t(`reports.queue.views.${key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t(`reports.queue.headings.${view}`)}</h2>
      <QueryState query={queue}>
        {(items) =>
          items.length === 0 ? (
            <p>{t(`reports.queue.empty.${view}`)}</p>
          ) : (
            <ul className="plain-list">
              {items.map((report) => (
                <li key={report.id}>
                  <QueuedReport report={report} view={view} onDone={setStatus} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}

function QueuedReport({ report, view, onDone }: { report: QueuedReportDto; view: QueueView; onDone: (status: string) => void }) {
  const { t } = useTranslation();
  const headingId = `queued-${report.id}`;
  const person = report.reportedUser?.handle ?? t('conversations.deletedMember');
  const facts: [string, ReactNode][] = [
    [t('reports.queue.reason'), t(`reports.reasons.${report.reason}`)],
    [t('reports.queue.details'), report.details || t('reports.queue.noDetails')],
  ];
  if (report.excerpt !== null) facts.push([t('reports.queue.excerpt'), <blockquote>{report.excerpt || t('reports.queue.noWords')}</blockquote>]);
  facts.push([t('reports.queue.person'), person]);
  facts.push([t('reports.queue.prior'), t('reports.queue.priorCount', { count: report.priorReports })]);
  facts.push([t('reports.queue.reported'), <DateTime iso={report.createdAt} />]);
  if (report.outcome) facts.push([t('reports.queue.outcome'), t(`reports.outcomes.${report.outcome}`)]);
  if (report.decisionNote) facts.push([t('reports.queue.note'), report.decisionNote]);
  if (report.appeal) {
    facts.push([t('reports.queue.appeal'), report.appeal.text]);
    if (report.appeal.outcome) facts.push([t('reports.queue.appealOutcome'), t(`reports.appealOutcomes.${report.appeal.outcome}`)]);
  }
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`reports.queue.cardTitle.${report.subjectType}`, { handle: person })}</h3>
      <FactList facts={facts} />
      {view === 'open' && <DecideReport report={report} person={person} onDone={onDone} />}
      {view === 'appeals' && <DecideAppeal report={report} person={person} onDone={onDone} />}
    </article>
  );
}

function DecideReport({ report, person, onDone }: { report: QueuedReportDto; person: string; onDone: (status: string) => void }) {
  const { t } = useTranslation();
  const decide = useDecideReport();
  const outcomeId = useId();
  const daysId = useId();
  const [outcome, setOutcome] = useState<ReportOutcome | ''>('');
  const [days, setDays] = useState('');
  const outcomes = reportOutcomes.filter((value) => value !== 'hidden' || report.messageId !== null);
  const suspendDays = outcome === 'suspended' && days.trim() !== '' ? Number(days) : null;
  return (
    <section aria-label={t('reports.queue.decideLabel', { handle: person })}>
      <NoteForm
        schema={decideReportInput}
        values={{ outcome: outcome || undefined, suspendDays }}
        field="note"
        label={t('reports.queue.noteLabel')}
        hint={t('reports.queue.noteHint')}
        submitLabel={t('reports.queue.decide')}
        extraFields={{ outcome: { id: outcomeId, label: t('reports.queue.outcome') }, suspendDays: { id: daysId, label: t('reports.queue.days') } }}
        onSave={(decision) => decide.mutateAsync({ id: report.id, decision }).then(() => onDone(t('reports.queue.decided', { handle: person })))}
      >
        <RadioGroup
          id={outcomeId}
          legend={t('reports.queue.outcome')}
          options={outcomes.map((value) => ({ value, label: t(`reports.outcomes.${value}`) }))}
          value={outcome}
          onChange={setOutcome}
        />
        {outcome === 'suspended' && (
          <FormField id={daysId} type="number" min={1} max={365} label={t('reports.queue.days')} hint={t('reports.queue.daysHint')} value={days} onChange={setDays} />
        )}
      </NoteForm>
    </section>
  );
}

function DecideAppeal({ report, person, onDone }: { report: QueuedReportDto; person: string; onDone: (status: string) => void }) {
  const { t } = useTranslation();
  const decide = useDecideAppeal();
  const outcomeId = useId();
  const [outcome, setOutcome] = useState<'upheld' | 'overturned' | ''>('');
  return (
    <section aria-label={t('reports.queue.decideAppealLabel', { handle: person })}>
      <NoteForm
        schema={decideAppealInput}
        values={{ outcome: outcome || undefined }}
        field="note"
        label={t('reports.queue.noteLabel')}
        hint={t('reports.queue.appealNoteHint')}
        submitLabel={t('reports.queue.decideAppeal')}
        extraFields={{ outcome: { id: outcomeId, label: t('reports.queue.appealOutcome') } }}
        onSave={(decision) => decide.mutateAsync({ id: report.id, decision }).then(() => onDone(t('reports.queue.appealDecided', { handle: person })))}
      >
        <RadioGroup
          id={outcomeId}
          legend={t('reports.queue.appealOutcome')}
          options={(['upheld', 'overturned'] as const).map((value) => ({ value, label: t(`reports.appealOutcomes.${value}`) }))}
          value={outcome}
          onChange={setOutcome}
        />
      </NoteForm>
    </section>
  );
}
