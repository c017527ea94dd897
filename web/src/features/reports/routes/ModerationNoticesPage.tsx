import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appealInput, type ModerationNoticeDto } from '../../../../../shared/contracts/reports.js';
import { DateTime } from '../../../ui/DateTime.js';
import { FactList } from '../../../ui/FactList.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { NoteForm } from '../components/NoteForm.js';
import { useLiveList } from '../hooks/use-live-list.js';
import { useAppealDecision, useMyNotices } from '../queries.js';

/** Decisions the safety team made about me, with their reason, and one appeal each. */
export function ModerationNoticesPage() {
  const { t } = useTranslation();
  const notices = useMyNotices();
  const [status, setStatus] = useState<string | null>(null);
  useLiveList('notices');
  return (
    <Page title={t('reports.notices.title')}>
      <StatusMessage message={status} />
      <p>{t('reports.notices.intro')}</p>
      <QueryState query={notices}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('reports.notices.empty')}</p>
          ) : (
            <ul className="plain-list">
              {items.map((notice) => (
                <li key={notice.reportId}>
                  <Notice notice={notice} onAppealed={() => setStatus(t('reports.notices.appealed'))} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <p>
        <Link to="/reports/mine">{t('reports.mine.title')}</Link>
      </p>
    </Page>
  );
}

function Notice({ notice, onAppealed }: { notice: ModerationNoticeDto; onAppealed: () => void }) {
  const { t } = useTranslation();
  const appeal = useAppealDecision();
  const headingId = `notice-${notice.reportId}`;
  // 'indefinite' lasts until it is lifted on appeal; null means it has been lifted.
  const suspensionEnd = (until: string | null): ReactNode =>
    until === 'indefinite' ? t('reports.notices.untilLifted') : until ? <DateTime iso={until} /> : t('reports.notices.lifted');
  const facts: [string, ReactNode][] = [
    [t('reports.notices.decided'), <DateTime iso={notice.decidedAt} />],
    [t('reports.notices.note'), notice.note],
  ];
  if (notice.excerpt) facts.push([t('reports.notices.excerpt'), notice.excerpt]);
  if (notice.outcome === 'suspended') {
    facts.push([t('reports.notices.until'), suspensionEnd(notice.suspendedUntil)]);
  }
  if (notice.appeal) {
    facts.push([t('reports.notices.yourAppeal'), notice.appeal.text]);
    facts.push([
      t('reports.notices.appealOutcome'),
      notice.appeal.outcome ? t(`reports.appealOutcomes.${notice.appeal.outcome}`) : t('reports.notices.appealWaiting'),
    ]);
    if (notice.appeal.note) facts.push([t('reports.notices.appealNote'), notice.appeal.note]);
  }
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`reports.noticeOutcomes.${notice.outcome}`)}</h2>
      <FactList facts={facts} />
      {notice.canAppeal && (
        <section aria-labelledby={`${headingId}-appeal`}>
          <h3 id={`${headingId}-appeal`}>{t('reports.notices.appealHeading')}</h3>
          <NoteForm
            schema={appealInput}
            values={{}}
            field="text"
            label={t('reports.notices.appealLabel')}
            hint={t('reports.notices.appealHint')}
            submitLabel={t('reports.notices.appealSubmit')}
            onSave={(input) => appeal.mutateAsync({ reportId: notice.reportId, text: input.text }).then(onAppealed)}
          />
        </section>
      )}
    </article>
  );
}
