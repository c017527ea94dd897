import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_URL } from '../api.js';

/** A plain download link: the server sends the export as a JSON attachment. */
export function DownloadData() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('data.downloadHeading')}</h2>
      <p>{t('data.downloadText')}</p>
      <p>
        <a className="button button-secondary" href={EXPORT_URL} download>
          {t('data.download')}
        </a>
      </p>
    </section>
  );
}
