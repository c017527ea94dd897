import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { SupporterLink } from '../../supporters/components/SupporterLink.js';
import { ProfileForm } from '../components/ProfileForm.js';
import { ProfilePreview } from '../components/ProfilePreview.js';
import { useOwnProfile } from '../queries.js';

export function ProfilePage() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  return (
    <Page title={t('profile.title')}>
      <p className="lead">{t('profile.intro')}</p>
      <p>{t('profile.alwaysShown')}</p>
      <QueryState query={profile}>
        {(own) => (
          <>
            <p>
              <SupporterLink profile={own} />
            </p>
            <ProfileForm key={own.userId} profile={own} />
            <ProfilePreview />
          </>
        )}
      </QueryState>
    </Page>
  );
}
