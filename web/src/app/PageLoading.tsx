import { Loading } from '../ui/Loading.js';
import { HelpBar } from './HelpBar.js';

/**
 * Shown while the first page someone opens is still downloading. "Get help now" is there from the first
 * moment, as on every page.
 */
export function PageLoading() {
  return (
    <>
      <header className="site-header">
        <HelpBar routerReady={false} />
      </header>
      <main id="main" tabIndex={-1}>
        <Loading />
      </main>
    </>
  );
}
