import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { IntakePlanner } from '../components/IntakePlanner.js';

/** Program intake in bulk, for administrators: propose for everyone waiting, review, send; members still choose. */
export function IntakePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('admin.intake.title')}>
      <p className="lead">{t('admin.intake.intro')}</p>
      <p>{t('admin.intake.membersChoose')}</p>
      <IntakePlanner />
    </Page>
  );
}
