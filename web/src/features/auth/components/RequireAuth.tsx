import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadError } from '../../../ui/LoadError.js';
import { Loading } from '../../../ui/Loading.js';
import { signInPath } from '../next-path.js';
import { useMe } from '../queries.js';

/** Route guard: signed-in pages render for signed-in people; others are sent to sign in first. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();

  if (me.data) return <Outlet />;
  if (me.data === null) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  return <Loading />;
}
