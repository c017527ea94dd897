import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackTrendDto } from '../../../../../shared/contracts/support.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';
import { averageText, monthName, monthsNewestFirst, TREND_COLUMNS } from '../trend.js';

interface FeedbackTrendTableProps {
  trend: FeedbackTrendDto;
  /** Whose trend: the reader's own, or a supporter they supervise. */
  whose: 'mine' | 'supervised';
}

/**
 * Members' answers averaged month by month. Months with too few answers are left out, so that no
 * single member's answer can be read off the table; the text says so and how many are waiting.
 */
export function FeedbackTrendTable({ trend, whose }: FeedbackTrendTableProps) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const months = monthsNewestFirst(trend);
  const handle = trend.supporterHandle;
  return (
    <>
      <p>{t('support.trend.whyHidden', { count: trend.minimumAnswers })}</p>
      {trend.answersNotShown > 0 && <p>{t(`support.trend.notShown.${whose}`, { count: trend.answersNotShown, handle })}</p>}
      {months.length === 0 ? (
        <p className="muted">{t(`support.trend.none.${whose}`, { handle })}</p>
      ) : (
        <ScrollRegion labelledBy={captionId}>
          <table className="support-trend">
            <caption id={captionId}>{whose === 'mine' ? t('support.trend.captionMine') : t('support.trend.caption', { handle })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('support.trend.month')}</th>
                <th scope="col">{t('support.trend.answers')}</th>
                {TREND_COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {t(`support.trend.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{monthName(month.month, i18n.language)}</th>
                  <td>{month.answers}</td>
                  {TREND_COLUMNS.map((column) => (
                    <td key={column}>{averageText(month[column], i18n.language)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
