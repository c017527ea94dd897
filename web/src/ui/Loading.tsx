import { useTranslation } from 'react-i18next';

/** A short, announced loading message. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('app.loading')}
    </p>
  );
}
