import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format.js';

/** A machine-readable <time> shown in the reader's language. */
export function DateTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={iso}>{formatDateTime(iso, i18n.language)}</time>;
}
