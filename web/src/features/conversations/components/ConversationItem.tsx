import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConversationDto } from '../../../../../shared/contracts/conversations.js';
import { DateTime } from '../../../ui/DateTime.js';
import { conversationName } from '../conversation-display.js';
import { UnreadBadge } from './UnreadBadge.js';

/** A conversation in the list: its name (linked), how many are unread, what kind it is and when it was last used. */
export function ConversationItem({ conversation, viewerId }: { conversation: ConversationDto; viewerId: string }) {
  const { t } = useTranslation();
  const name = conversationName(conversation, viewerId) ?? t('conversations.deletedMember');
  return (
    <li className="card conversation-item">
      <h2>
        <Link to={`/conversations/${encodeURIComponent(conversation.id)}`}>{name}</Link> <UnreadBadge count={conversation.unread} />
      </h2>
      <p className="muted">
        {conversation.kind === 'room' ? t('conversations.kindRoom') : t('conversations.kindDirect')}
        {' · '}
        {conversation.lastMessageAt ? (
          <>
            {t('conversations.lastMessage')} <DateTime iso={conversation.lastMessageAt} />
          </>
        ) : (
          t('conversations.noMessages')
        )}
      </p>
    </li>
  );
}
