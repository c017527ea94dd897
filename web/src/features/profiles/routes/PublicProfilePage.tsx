import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/http.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useCurrentUser } from '../../auth/queries.js';
import { BlockFromProfile } from '../../privacy/components/BlockFromProfile.js';
import { ReportPerson } from '../../reports/components/ReportPerson.js';
import { ProfileCard } from '../components/ProfileCard.js';
import { useShownProfile } from '../queries.js';
import { DeadEndPage } from '../../../ui/DeadEndPage.js';

/** Someone's profile, showing only what they share with the viewer; never says why a profile isn't there. */
export function PublicProfilePage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const profile = useShownProfile(userId);
  const me = useCurrentUser();

  if (profile.error instanceof ApiError && profile.error.status === 404) {
    return (
      <DeadEndPage title={t('publicProfile.notFoundTitle')} text={t('publicProfile.notFoundText')} />
    );
  }
  const title = profile.data ? t('publicProfile.title', { handle: profile.data.handle }) : t('publicProfile.loadingTitle');
  return (
    <Page title={title}>
      <QueryState query={profile}>
        {(shown) => (
          <>
            <ProfileCard profile={shown} />
            {shown.userId === me?.id ? (
              <p>
                {t('publicProfile.yours')} <Link to="/profile">{t('publicProfile.editLink')}</Link>
              </p>
            ) : (
              <>
                <BlockFromProfile handle={shown.handle} />
                <ReportPerson person={{ userId: shown.userId, handle: shown.handle }} />
              </>
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}
