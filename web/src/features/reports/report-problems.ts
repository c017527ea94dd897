import type { TFunction } from 'i18next';
import { problemText } from '../../lib/error-text.js';
import { ApiError } from '../../lib/http.js';

/** Report and moderation answers the app-wide error texts do not know yet. */
const REPORT_CODES = ['report_decided', 'no_open_appeal', 'already_appealed'] as const;
type ReportCode = (typeof REPORT_CODES)[number];

function isReportCode(code: string | undefined): code is ReportCode {
  return REPORT_CODES.some((known) => known === code);
}

export function reportProblemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && isReportCode(error.code)) return t(`reportErrors.${error.code}`);
  return problemText(t, error);
}
