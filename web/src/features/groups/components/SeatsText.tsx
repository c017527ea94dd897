import { useTranslation } from 'react-i18next';

/** "3 places left", or that the group is full and one can join the waiting list. */
export function SeatsText({ spotsLeft, waiting }: { spotsLeft: number; waiting: boolean }) {
  const { t } = useTranslation();
  if (spotsLeft > 0) return <>{t('groups.finder.placesLeft', { count: spotsLeft })}</>;
  return <>{waiting ? t('groups.finder.fullWaiting') : t('groups.finder.full')}</>;
}
