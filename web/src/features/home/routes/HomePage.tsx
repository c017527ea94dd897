import { useMe } from '../../auth/queries.js';
import { Loading } from '../../../ui/Loading.js';
import { SignedInHome } from '../components/SignedInHome.js';
import { SignedOutHome } from '../components/SignedOutHome.js';

export function HomePage() {
  const me = useMe();
  if (me.data) return <SignedInHome user={me.data} />;
  if (me.data === null || me.isError) return <SignedOutHome />;
  return <Loading />;
}
