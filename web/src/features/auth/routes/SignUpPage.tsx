import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { SignUpForm } from '../components/SignUpForm.js';
import { useIsSignedIn } from '../queries.js';

export function SignUpPage() {
  const { t } = useTranslation();
  const signedIn = useIsSignedIn();

  if (signedIn) return <Navigate to="/" replace />;
  return (
    <Page title={t('auth.signUp.title')}>
      <p>{t('auth.signUp.intro')}</p>
      <SignUpForm />
      <p>
        {t('auth.signUp.haveAccount')} <Link to="/sign-in">{t('auth.signUp.signInLink')}</Link>
      </p>
    </Page>
  );
}
