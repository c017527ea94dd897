import { useTranslation } from 'react-i18next';
import { formatInZone } from '../zoned-time.js';

/** A moment on the reader's own wall clock, machine-readable for assistive technology. */
export function CheckInTime({ iso, zone }: { iso: string; zone: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={iso}>{formatInZone(iso, i18n.language, zone)}</time>;
}
