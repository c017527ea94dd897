import { Outlet } from 'react-router';
import { NotAllowed } from '../../admin/components/NotAllowed.js';
import { useHasRole } from '../../auth/queries.js';

/** The safety dashboard is for supervisors and admins, who are the ones alerts go to. */
export function SafetyTeamLayout() {
  const isSupervisor = useHasRole('supervisor');
  const isAdmin = useHasRole('admin');
  return isSupervisor || isAdmin ? <Outlet /> : <NotAllowed />;
}
