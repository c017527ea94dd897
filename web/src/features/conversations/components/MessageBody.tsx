import { useTranslation } from 'react-i18next';
import type { MessageDto } from '../../../../../shared/contracts/conversations.js';

/** A message's words, or what happened to them: removed, hidden by a moderator, or held (for its author, or for a moderator's review). */
export function MessageBody({ message, mine }: { message: MessageDto; mine: boolean }) {
  const { t } = useTranslation();
  if (message.status === 'deleted') return <p className="message-placeholder">{t('chat.removed')}</p>;
  if (message.status === 'hidden') {
    return (
      <>
        <p className="message-placeholder">{t('chat.hiddenByModerator')}</p>
        {message.hiddenReason && <p className="message-note">{t('chat.hiddenReason', { reason: message.hiddenReason })}</p>}
      </>
    );
  }
  return (
    <>
      <p className="message-body">{message.body}</p>
      {/* The author is told why it is held; a moderator (the only other person sent its words) is asked to review it. */}
      {message.status === 'held' && <p className="message-note notice">{mine && message.heldReason ? t(`chat.held.${message.heldReason}`) : t('chat.heldForReview')}</p>}
    </>
  );
}
