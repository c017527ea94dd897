import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { SignInForm } from '../components/SignInForm.js';
import { safeNextPath } from '../next-path.js';
import { useIsSignedIn } from '../queries.js';

export function SignInPage() {
  const { t } = useTranslation();
  const signedIn = useIsSignedIn();
  const [params] = useSearchParams();

  if (signedIn) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return (
    <Page title={t('auth.signIn.title')}>
      <SignInForm />
      <p>
        {t('auth.signIn.noAccount')} <Link to="/sign-up">{t('auth.signIn.createLink')}</Link>
      </p>
    </Page>
  );
}
