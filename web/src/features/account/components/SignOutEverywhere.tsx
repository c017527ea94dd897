import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../lib/error-text.js';
import { useSignOutEverywhere } from '../../auth/queries.js';

export function SignOutEverywhere() {
  const { t } = useTranslation();
  const headingId = useId();
  const signOutEverywhere = useSignOutEverywhere();

  function handleClick() {
    if (!signOutEverywhere.isPending) signOutEverywhere.mutate();
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.everywhereHeading')}</h2>
      <p>{t('security.everywhereText')}</p>
      {signOutEverywhere.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, signOutEverywhere.error)}
        </p>
      )}
      <button type="button" className="button-secondary" onClick={handleClick}>
        {t('security.everywhereButton')}
      </button>
    </section>
  );
}
