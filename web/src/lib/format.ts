const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the reader's language, e.g. "3 Nov 2026, 14:05" or "3 nov 2026, 14:05". */
export function formatDateTime(iso: string, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}

const BROWSERS: ReadonlyArray<[RegExp, string]> = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/(Headless)?Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: ReadonlyArray<[RegExp, string]> = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

function firstMatch(text: string, table: ReadonlyArray<[RegExp, string]>): string | null {
  return table.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** "Firefox" and "Linux" from a user-agent string, or null when it is not recognised. */
export function summarizeUserAgent(userAgent: string | null): { browser: string; os: string } | null {
  if (!userAgent) return null;
  const browser = firstMatch(userAgent, BROWSERS);
  const os = firstMatch(userAgent, SYSTEMS);
  return browser && os ? { browser, os } : null;
}

/** The start (or end) of a calendar day in local time, as an ISO timestamp; "" when no date. */
export function dayBoundary(date: string, edge: 'start' | 'end'): string {
  if (!date) return '';
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return '';
  const moment = edge === 'start' ? new Date(year, month - 1, day) : new Date(year, month - 1, day + 1, 0, 0, 0, -1);
  return moment.toISOString();
}

/** A calendar day such as "2026-11-22" written out in the reader's language ("22 November 2026"). */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}

const listFormatters = new Map<string, Intl.ListFormat>();

/** "anxiety, grief and loss and OCD" / "ansiedad, duelo y pérdida y TOC": items joined the way the reader's language does. */
export function formatList(items: readonly string[], locale: string): string {
  let formatter = listFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormatters.set(locale, formatter);
  }
  return formatter.format(items);
}

/**
 * A label as it reads inside a sentence: "Grief and loss" → "grief and loss", while names that are
 * capitalised throughout stay as they are ("OCD", "TEPT y trauma" keeps "TEPT").
 */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label;
  if (second && second !== second.toLowerCase()) return label;
  return first.toLowerCase() + label.slice(1);
}
