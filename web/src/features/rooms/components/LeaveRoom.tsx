import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';

/** "Leave the room", asked first. */
export function LeaveRoom({ title, onLeave }: { title: string; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      label={t('rooms.leave')}
      question={t('rooms.leaveQuestion', { title })}
      confirmLabel={t('rooms.leaveYes')}
      cancelLabel={t('rooms.leaveNo')}
      onConfirm={onLeave}
    />
  );
}
