import { useTranslation } from 'react-i18next';
import { problemText } from '../lib/error-text.js';

interface LoadErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** Why something could not be loaded, with a way to try again. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {t('errors.loadFailed')} {problemText(t, error)}
      </p>
      <button type="button" className="button-secondary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
