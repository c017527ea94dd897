import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../ui/DateTime.js';
import { FactList } from '../../../ui/FactList.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useLiveList } from '../hooks/use-live-list.js';
import { useMyReports } from '../queries.js';

/** Reports I made, and what the safety team decided: never who decided, and the person never learns who reported. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const reports = useMyReports();
  useLiveList('mine');
  return (
    <Page title={t('reports.mine.title')}>
      <p>{t('reports.mine.intro')}</p>
      <QueryState query={reports}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('reports.mine.empty')}</p>
          ) : (
            <ul className="plain-list">
              {items.map((report) => (
                <li key={report.id}>
                  <article className="card" aria-labelledby={`report-${report.id}`}>
                    <h2 id={`report-${report.id}`}>
                      {report.reportedHandle
                        ? t(`reports.mine.about.${report.subjectType}`, { handle: report.reportedHandle })
                        : t(`reports.subject.${report.subjectType}`)}
                    </h2>
                    <FactList
                      facts={[
                        [t('reports.mine.reason'), t(`reports.reasons.${report.reason}`)],
                        [t('reports.mine.sent'), <DateTime iso={report.createdAt} />],
                        [t('reports.mine.outcome'), report.outcome ? t(`reports.outcomeForReporter.${report.outcome}`) : t('reports.mine.open')],
                        ...(report.decidedAt ? [[t('reports.mine.decided'), <DateTime iso={report.decidedAt} />] as const] : []),
                        ...(report.review ? [[t('reports.mine.review'), t(`reports.reviewForReporter.${report.review}`)] as const] : []),
                      ]}
                    />
                  </article>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <p>
        <Link to="/moderation/me">{t('reports.notices.title')}</Link>
      </p>
    </Page>
  );
}
