import type { FeedbackTrendDto } from '../../../../shared/contracts/support.js';

export const TREND_COLUMNS = ['feltHeard', 'workedOnWhatIWanted', 'wayWeTalkedSuitedMe', 'overall'] as const;

/** "2026-11" written out as "November 2026" / "noviembre de 2026". */
export function monthName(month: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** An average from 1 to 5 with one decimal, the reader's way: "4.3" / "4,3". */
export function averageText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** Newest month first, as people look for how things are going now. */
export function monthsNewestFirst(trend: FeedbackTrendDto): FeedbackTrendDto['months'] {
  return [...trend.months].sort((a, b) => b.month.localeCompare(a.month));
}
