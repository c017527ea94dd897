import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../../ui/LoadError.js';
import { Loading } from '../../../ui/Loading.js';
import { Page } from '../../../ui/Page.js';
import { ReportFromConversation } from '../../reports/components/ReportPerson.js';
import { ChatSupportCard } from '../../safety/components/ChatSupportCard.js';
import { SupportCardOffer } from '../../safety/support-card-context.js';
import { conversationName, isPeerConversation } from '../conversation-display.js';
import { useArrivalAnnouncements } from '../hooks/use-arrival-announcements.js';
import { useChat } from '../hooks/use-chat.js';
import { useMarkRead } from '../hooks/use-mark-read.js';
import { usePeerProgress } from '../hooks/use-peer-progress.js';
import { useTyping } from '../hooks/use-typing.js';
import { highestSeq, shownMessages } from '../message-timeline.js';
import { useConversations, useRefreshConversationsSoon } from '../queries.js';
import { lastOwnVisibleMessage } from '../receipt.js';
import { ArrivalAnnouncer } from './ArrivalAnnouncer.js';
import { ChatClosed } from './ChatClosed.js';
import { Composer } from './Composer.js';
import { ConnectionBanner } from './ConnectionBanner.js';
import { EndPeerConversation } from './EndPeerConversation.js';
import { MessageList } from './MessageList.js';
import { TypingIndicator } from './TypingIndicator.js';
import '../conversations.css';

interface ChatScreenProps {
  conversationId: string;
  viewerId: string;
}

/** One conversation: history, live messages, who is typing, receipts, and the composer. */
export function ChatScreen({ conversationId, viewerId }: ChatScreenProps) {
  const { t } = useTranslation();
  const conversations = useConversations();
  const listed = conversations.data?.find((candidate) => candidate.id === conversationId);
  // Once it leaves my list (it ended, I was removed) the screen still knows whose conversation it was.
  const [conversation, setConversation] = useState(listed);
  if (listed && listed !== conversation) setConversation(listed);
  const announcer = useArrivalAnnouncements();
  const chat = useChat({ conversationId, viewerId, onArrivals: announcer.add });
  const typing = useTyping(conversationId, viewerId);
  const peer = usePeerProgress(conversation, viewerId);
  const refreshConversations = useRefreshConversationsSoon();
  // Gone from my list (the relationship ended, I was removed from the room) or refused by the server.
  const closed = chat.closed ?? (conversations.isFetchedAfterMount && !listed ? 'gone' : null);
  useMarkRead(conversationId, highestSeq(chat.timeline), chat.loaded && closed === null, refreshConversations);

  const messages = shownMessages(chat.timeline.messages, viewerId);
  const receiptMessage = peer ? lastOwnVisibleMessage(messages, viewerId) : undefined;
  const title = conversation ? (conversationName(conversation, viewerId) ?? t('conversations.deletedMember')) : t('chat.title');
  const kind = conversation?.kind ?? null;

  return (
    <Page title={title}>
      <ConnectionBanner />
      <ArrivalAnnouncer announcement={announcer.announcement} />
      <p>
        <Link to="/conversations">{t('chat.allConversations')}</Link>
        {kind === 'room' && conversation?.inDirectory && (
          <>
            {' · '}
            <Link to={`/rooms/${encodeURIComponent(conversationId)}`}>{t('chat.aboutRoom')}</Link>
          </>
        )}
        {conversation && (
          <>
            {' · '}
            <ReportFromConversation conversation={conversation} messages={messages} viewerId={viewerId} />
          </>
        )}
      </p>
      {chat.loaded ? (
        // An edit in place can bring the support card too.
        <SupportCardOffer value={chat.showSupportCard}>
          <MessageList
            messages={messages}
            pending={chat.timeline.pending}
            viewerId={viewerId}
            readOnly={closed !== null}
            isModerator={conversation?.myRole === 'moderator'}
            receiptFor={peer && receiptMessage ? { seq: receiptMessage.seq, peer } : null}
            hasOlder={chat.hasOlder}
            loadingOlder={chat.loadingOlder}
            olderError={chat.olderError}
            onLoadOlder={() => void chat.loadOlder()}
            onRetry={chat.retry}
            onDiscard={chat.discard}
            onUpdated={chat.applyUpdate}
          />
        </SupportCardOffer>
      ) : chat.loadError !== null && closed === null ? (
        <LoadError error={chat.loadError} onRetry={() => void chat.reload()} />
      ) : (
        closed === null && <Loading />
      )}
      <TypingIndicator handles={typing.typing} />
      {chat.supportCard && <ChatSupportCard card={chat.supportCard} onDismiss={chat.dismissSupportCard} />}
      {closed ? <ChatClosed reason={closed} kind={kind} roomId={conversationId} /> : <Composer onSend={chat.send} onTyping={typing.notifyTyping} />}
      {closed === null && conversation && isPeerConversation(conversation) && <EndPeerConversation conversationId={conversationId} handle={title} />}
    </Page>
  );
}
