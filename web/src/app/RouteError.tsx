import { useTranslation } from 'react-i18next';
import { DeadEndPage } from '../ui/DeadEndPage.js';

/** Shown when a page fails to render, keeping the header (and "Get help now") in place. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <DeadEndPage title={t('routeError.title')} text={t('routeError.text')} />
  );
}
