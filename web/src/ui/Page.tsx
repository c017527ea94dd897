import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  children?: ReactNode;
}

/** A page's single <h1>, which also names the browser tab. Focus moves here after navigation. */
export function Page({ title, children }: PageProps) {
  const { t } = useTranslation();

  useEffect(() => {
    document.title = t('app.titleTemplate', { page: title });
  }, [t, title]);

  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </>
  );
}
