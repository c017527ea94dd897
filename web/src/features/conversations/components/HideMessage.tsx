import { useTranslation } from 'react-i18next';
import { hideMessageInput } from '../../../../../shared/contracts/conversations.js';
import { ReasonConfirmButton } from '../../../ui/ReasonConfirmButton.js';

/** A room moderator hides a message from everyone; the reason is shown to its author and the other moderators. */
export function HideMessage({ onHide }: { onHide: (reason: string) => void }) {
  const { t } = useTranslation();
  return (
    <ReasonConfirmButton
      schema={hideMessageInput}
      onConfirm={onHide}
      label={t('chat.hide')}
      question={t('chat.hideQuestion')}
      confirmLabel={t('chat.hideYes')}
      cancelLabel={t('chat.hideNo')}
      reasonLabel={t('chat.hideReason')}
      reasonHint={t('chat.hideReasonHint')}
      reasonRequired
      danger
    />
  );
}
