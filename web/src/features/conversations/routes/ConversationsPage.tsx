import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useCurrentUser } from '../../auth/queries.js';
import { ConversationItem } from '../components/ConversationItem.js';
import { Invitations } from '../components/Invitations.js';
import { useConversations } from '../queries.js';

/** Private conversations and joined rooms, most recent first, with unread counts kept current by live events; invitations to talk. */
export function ConversationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const conversations = useConversations();
  return (
    <Page title={t('conversations.title')}>
      <p className="lead">{t('conversations.intro')}</p>
      <QueryState query={conversations}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('conversations.empty')}</p>
          ) : (
            <ul className="plain-list">
              {list.map((conversation) => (
                <ConversationItem key={conversation.id} conversation={conversation} viewerId={me?.id ?? ''} />
              ))}
            </ul>
          )
        }
      </QueryState>
      <p>
        <Link to="/rooms">{t('conversations.roomsLink')}</Link>
      </p>
      <Invitations />
    </Page>
  );
}
