import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OwnProfileDto } from '../../../../../shared/contracts/profiles.js';

/** "Become a peer supporter", or the supporter settings for those who already are one. */
export function SupporterLink({ profile }: { profile: OwnProfileDto }) {
  const { t } = useTranslation();
  return <Link to="/profile/supporter">{profile.supporter ? t('supporter.settingsLink') : t('supporter.becomeLink')}</Link>;
}
