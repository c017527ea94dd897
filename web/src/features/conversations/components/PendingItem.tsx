import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/http.js';
import { chatProblemText } from '../chat-problems.js';
import type { PendingSend } from '../message-timeline.js';

interface PendingItemProps {
  send: PendingSend;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}

function isConnectionProblem(error: unknown): boolean {
  return error instanceof ApiError && error.status === 0;
}

/** My message on its way ("Sending…"), or one that did not get through, with Retry. */
export function PendingItem({ send, onRetry, onDiscard }: PendingItemProps) {
  const { t } = useTranslation();
  return (
    <li className="message message-mine message-pending">
      <p className="message-meta">
        <strong>{t('chat.you')}</strong>
      </p>
      <p className="message-body">{send.body}</p>
      {send.state === 'sending' ? (
        <p className="message-receipt muted">{t('chat.sending')}</p>
      ) : (
        <div role="alert" className="message-failed">
          <p>
            <span className="inline-error">{t('chat.notSent')}</span>
            {!isConnectionProblem(send.error) && <> {chatProblemText(t, send.error)}</>}
          </p>
          <div className="actions actions-compact">
            <button type="button" className="button-small" onClick={() => onRetry(send.clientId)}>
              {t('chat.retry')}
            </button>
            <button type="button" className="button-quiet button-small" onClick={() => onDiscard(send.clientId)}>
              {t('chat.discard')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
