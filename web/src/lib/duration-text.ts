import type { TFunction } from 'i18next';

/** Minutes written out in the reader's language: "45 minutes", "4 hours", "1 hour and 30 minutes". */
export function durationText(t: TFunction, totalMinutes: number): string {
  const rounded = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(rounded / 60);
  const minutes = rounded % 60;
  if (hours === 0) return t('duration.minutes', { count: minutes });
  if (minutes === 0) return t('duration.hours', { count: hours });
  return t('duration.hoursAndMinutes', {
    hours: t('duration.hours', { count: hours }),
    minutes: t('duration.minutes', { count: minutes }),
  });
}
