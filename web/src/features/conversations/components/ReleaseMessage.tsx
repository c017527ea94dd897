import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';

/** A room moderator lets words held for safety review reach the room, after reading them. */
export function ReleaseMessage({ onRelease }: { onRelease: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      label={t('chat.release')}
      question={t('chat.releaseQuestion')}
      confirmLabel={t('chat.releaseYes')}
      cancelLabel={t('chat.releaseNo')}
      onConfirm={onRelease}
    />
  );
}
