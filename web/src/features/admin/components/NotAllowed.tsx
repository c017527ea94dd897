import { useTranslation } from 'react-i18next';
import { DeadEndPage } from '../../../ui/DeadEndPage.js';

/** Shown instead of an admin page to anyone without the admin role. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <DeadEndPage title={t('admin.notAllowed.title')} text={t('admin.notAllowed.text')} />
  );
}
