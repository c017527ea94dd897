import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOwnProfile } from '../../profiles/queries.js';
import { SupporterLink } from '../../supporters/components/SupporterLink.js';

/** A member's own corners of Kindred: finding a peer supporter, their relationships, safety plan, profile, privacy, data, and becoming a supporter. */
export function MemberLinks() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  return (
    <ul>
      <li>
        <Link to="/support">{t('home.supportLink')}</Link>
      </li>
      <li>
        <Link to="/relationships">{t('home.relationshipsLink')}</Link>
      </li>
      <li>
        <Link to="/conversations">{t('home.conversationsLink')}</Link>
      </li>
      <li>
        <Link to="/rooms">{t('home.roomsLink')}</Link>
      </li>
      <li>
        <Link to="/safety-plan">{t('home.safetyPlanLink')}</Link>
      </li>
      <li>
        <Link to="/help/me">{t('home.supportForYouLink')}</Link>
      </li>
      <li>
        <Link to="/profile">{t('home.profileLink')}</Link>
      </li>
      <li>
        <Link to="/privacy">{t('home.privacyLink')}</Link>
      </li>
      <li>
        <Link to="/account/data">{t('home.dataLink')}</Link>
      </li>
      {profile.data && (
        <li>
          <SupporterLink profile={profile.data} />
        </li>
      )}
    </ul>
  );
}
