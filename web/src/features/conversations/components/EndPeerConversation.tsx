import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { chatProblemText } from '../chat-problems.js';
import { useEndPeerConversation } from '../queries.js';

/** Either member of a conversation opened by invitation can end it, for both; asked first. */
export function EndPeerConversation({ conversationId, handle }: { conversationId: string; handle: string }) {
  const { t } = useTranslation();
  const end = useEndPeerConversation();
  return (
    <>
      {end.isError && (
        <p role="alert" className="notice notice-error">
          {chatProblemText(t, end.error)}
        </p>
      )}
      <ConfirmButton
        label={t('chat.endPeer')}
        question={t('chat.endPeerQuestion', { handle })}
        confirmLabel={t('chat.endPeerYes')}
        cancelLabel={t('chat.endPeerNo')}
        onConfirm={() => end.mutate(conversationId)}
        danger
      />
    </>
  );
}
