import { useTranslation } from 'react-i18next';
import type { SupportCardDto } from '../../../../../shared/contracts/safety.js';

/** Warm words in Kindred's own voice, gentler or more direct with the level; never advice or a diagnosis. */
export function SupportWords({ id, level }: { id: string; level: SupportCardDto['level'] }) {
  const { t } = useTranslation();
  return (
    <div id={id}>
      <p>{t(`safety.card.${level}.words`)}</p>
      <p className="muted">{t('safety.card.private')}</p>
    </div>
  );
}
