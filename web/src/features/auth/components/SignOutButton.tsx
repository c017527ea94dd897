import { useTranslation } from 'react-i18next';
import { problemText } from '../../../lib/error-text.js';
import { useSignOut } from '../queries.js';

/** The header's "Sign out" button; afterwards the start page shows, signed out. */
export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();

  function handleClick() {
    if (!signOut.isPending) signOut.mutate();
  }

  return (
    <>
      <button type="button" className="button-quiet" onClick={handleClick}>
        {t('app.signOut')}
      </button>
      {signOut.isError && (
        <span role="alert" className="inline-error">
          {problemText(t, signOut.error)}
        </span>
      )}
    </>
  );
}
