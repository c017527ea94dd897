import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useAdoptSavedLocale } from '../features/account/queries.js';
import { SiteHeader } from './SiteHeader.js';
import { useFocusOnNavigation } from './use-focus-on-navigation.js';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function AppLayout() {
  const { t } = useTranslation();
  useAdoptSavedLocale();
  useFocusOnNavigation();

  return (
    <>
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t('app.skipToMain')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
