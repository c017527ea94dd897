import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from './Page.js';

/** A page with nothing to show (not found, not allowed, failed): what happened, and one way back. */
export function DeadEndPage({ title, text, backTo = '/', backLabel }: { title: string; text: string; backTo?: string; backLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      <p>{text}</p>
      <p>
        <Link to={backTo}>{backLabel ?? t('app.startPage')}</Link>
      </p>
    </Page>
  );
}
