import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageDto } from '../../../../../shared/contracts/conversations.js';
import { chatProblemText } from '../chat-problems.js';
import type { PendingSend } from '../message-timeline.js';
import { receiptState, type PeerProgress } from '../receipt.js';
import { MessageItem } from './MessageItem.js';
import { PendingItem } from './PendingItem.js';

/** Within this many pixels of the bottom, new messages keep the view at the bottom. */
const NEAR_BOTTOM_PX = 120;

interface MessageListProps {
  messages: MessageDto[];
  pending: PendingSend[];
  viewerId: string;
  /** Nothing can be changed any more: the conversation is closed to the viewer. */
  readOnly: boolean;
  isModerator: boolean;
  /** The message a receipt is shown under, with the other person's progress (direct conversations). */
  receiptFor: { seq: number; peer: PeerProgress } | null;
  hasOlder: boolean;
  loadingOlder: boolean;
  olderError: unknown;
  onLoadOlder: () => void;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  onUpdated: (message: MessageDto) => void;
}

/**
 * The conversation as a scrollable, keyboard-focusable region. Deliberately not a live region: new
 * messages are summarised by the announcer instead. Loading older messages keeps what was on screen in place.
 */
export function MessageList({
  messages,
  pending,
  viewerId,
  readOnly,
  isModerator,
  receiptFor,
  hasOlder,
  loadingOlder,
  olderError,
  onLoadOlder,
  onRetry,
  onDiscard,
  onUpdated,
}: MessageListProps) {
  const { t } = useTranslation();
  const region = useRef<HTMLElement>(null);
  const anchor = useRef<{ scrollHeight: number; scrollTop: number } | null>(null);
  const nearBottom = useRef(true);
  const firstSeq = messages[0]?.seq;
  const lastSeq = messages.at(-1)?.seq;

  // Older messages went in above: move down by exactly their height.
  useLayoutEffect(() => {
    const element = region.current;
    if (!element || !anchor.current) return;
    element.scrollTop = anchor.current.scrollTop + (element.scrollHeight - anchor.current.scrollHeight);
    anchor.current = null;
    // At the very start the button is replaced by text: keep keyboard focus in the conversation.
    if (!element.contains(document.activeElement)) element.focus({ preventScroll: true });
  }, [firstSeq]);

  // Newer messages (or my own sends) went in below: follow them if the person was at the bottom.
  useLayoutEffect(() => {
    const element = region.current;
    if (element && nearBottom.current) element.scrollTop = element.scrollHeight;
  }, [lastSeq, pending.length]);

  function loadOlder() {
    const element = region.current;
    if (element) anchor.current = { scrollHeight: element.scrollHeight, scrollTop: element.scrollTop };
    onLoadOlder();
  }

  function trackScroll() {
    const element = region.current;
    if (element) nearBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
  }

  return (
    <section ref={region} className="chat-log" aria-label={t('chat.messagesLabel')} tabIndex={0} onScroll={trackScroll}>
      <div className="chat-history">
        {hasOlder ? (
          <button type="button" className="button-secondary button-small" aria-disabled={loadingOlder || undefined} onClick={loadingOlder ? undefined : loadOlder}>
            {loadingOlder ? t('chat.loadingOlder') : t('chat.loadOlder')}
          </button>
        ) : (
          <p className="muted">{messages.length + pending.length === 0 ? t('chat.empty') : t('chat.start')}</p>
        )}
        {olderError !== null && (
          <p role="alert" className="inline-error">
            {chatProblemText(t, olderError)}
          </p>
        )}
      </div>
      <ol className="message-list">
        {messages.map((message) => {
          const mine = message.authorId === viewerId;
          return (
            <MessageItem
              key={message.id}
              message={message}
              mine={mine}
              canEdit={mine && !readOnly}
              canHide={isModerator && !mine && !readOnly}
              receipt={receiptFor?.seq === message.seq ? receiptState(message.seq, receiptFor.peer) : null}
              onUpdated={onUpdated}
            />
          );
        })}
        {pending.map((send) => (
          <PendingItem key={send.clientId} send={send} onRetry={onRetry} onDiscard={onDiscard} />
        ))}
      </ol>
    </section>
  );
}
