import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page, puts focus on its <h1> (or on <main> while it loads),
 * so screen-reader and keyboard users start at the new content. The first page load keeps the browser's focus.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    window.scrollTo(0, 0);
    target?.focus({ preventScroll: true });
  }, [pathname]);
}
