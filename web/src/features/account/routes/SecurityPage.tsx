import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { ChangePasswordForm } from '../components/ChangePasswordForm.js';
import { SessionList } from '../components/SessionList.js';
import { SignOutEverywhere } from '../components/SignOutEverywhere.js';

export function SecurityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('security.title')}>
      <SessionList />
      <ChangePasswordForm />
      <SignOutEverywhere />
    </Page>
  );
}
