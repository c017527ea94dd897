import { useParams } from 'react-router';
import { useCurrentUser } from '../../auth/queries.js';
import { ChatScreen } from '../components/ChatScreen.js';

/** /conversations/:id — a fresh screen for each conversation, so nothing of one shows in another. */
export function ChatPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  if (!me) return null;
  return <ChatScreen key={id} conversationId={id} viewerId={me.id} />;
}
