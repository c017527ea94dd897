import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageDto } from '../../../../../shared/contracts/conversations.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { DateTime } from '../../../ui/DateTime.js';
import { deleteMessage, hideMessage, releaseMessage } from '../api.js';
import { ReportMessage } from '../../reports/components/ReportMessageDialog.js';
import { chatProblemText } from '../chat-problems.js';
import type { ReceiptState } from '../receipt.js';
import { HideMessage } from './HideMessage.js';
import { MessageBody } from './MessageBody.js';
import { MessageEditor } from './MessageEditor.js';
import { ReleaseMessage } from './ReleaseMessage.js';

interface MessageItemProps {
  message: MessageDto;
  mine: boolean;
  /** My own message in a conversation I can still write in. */
  canEdit: boolean;
  /** A room moderator looking at someone else's message. */
  canHide: boolean;
  /** Only under my latest message in a direct conversation. */
  receipt: ReceiptState | null;
  onUpdated: (message: MessageDto) => void;
}

/** One stored message: who and when, its words, and what the viewer may do with it. */
export function MessageItem({ message, mine, canEdit, canHide, receipt, onUpdated }: MessageItemProps) {
  const { t } = useTranslation();
  const item = useRef<HTMLLIElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const remove = useMutation({ mutationFn: () => deleteMessage(message.conversationId, message.id) });
  const hide = useMutation({ mutationFn: (reason: string) => hideMessage(message.conversationId, message.id, reason) });
  const release = useMutation({ mutationFn: () => releaseMessage(message.conversationId, message.id) });
  const editable = canEdit && (message.status === 'visible' || message.status === 'held');
  // Words held for safety review reach a moderator so they can release them to the room or hide them.
  const releasable = canHide && message.status === 'held';
  const hideable = canHide && (message.status === 'visible' || releasable);
  const failure = remove.error ?? hide.error ?? release.error;

  /** The buttons are gone once a message is removed or hidden: keep the person's place on the message. */
  function changed(updated: MessageDto) {
    onUpdated(updated);
    item.current?.focus();
  }

  function stopEditing(updated?: MessageDto) {
    if (updated) onUpdated(updated);
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <li ref={item} tabIndex={-1} className={mine ? 'message message-mine' : 'message'}>
      <p className="message-meta">
        <strong>{mine ? t('chat.you') : (message.authorHandle ?? t('conversations.deletedMember'))}</strong>{' '}
        <DateTime iso={message.createdAt} />
        {message.editedAt && message.status !== 'deleted' && <span className="muted"> · {t('chat.edited')}</span>}
      </p>
      {editing ? (
        <MessageEditor message={message} onSaved={stopEditing} onCancel={() => stopEditing()} />
      ) : (
        <MessageBody message={message} mine={mine} />
      )}
      {receipt && <p className="message-receipt muted">{t(`chat.receipt.${receipt}`)}</p>}
      {failure && (
        <p role="alert" className="inline-error">
          {chatProblemText(t, failure)}
        </p>
      )}
      {editable && !editing && (
        <div className="message-actions">
          <button ref={editButton} type="button" className="button-quiet button-small" onClick={() => setEditing(true)}>
            {t('chat.edit')}
          </button>
          <ConfirmButton
            label={t('chat.delete')}
            question={t('chat.deleteQuestion')}
            confirmLabel={t('chat.deleteYes')}
            cancelLabel={t('chat.deleteNo')}
            onConfirm={() => remove.mutate(undefined, { onSuccess: changed })}
            danger
          />
        </div>
      )}
      {/* Anyone can report someone else's words; the author is never told who. */}
      {!mine && message.authorId !== null && message.status === 'visible' && (
        <div className="message-actions">
          <ReportMessage message={message} />
        </div>
      )}
      {hideable && (
        <div className="message-actions">
          {releasable && <ReleaseMessage onRelease={() => release.mutate(undefined, { onSuccess: changed })} />}
          <HideMessage onHide={(reason) => hide.mutate(reason, { onSuccess: changed })} />
        </div>
      )}
    </li>
  );
}
