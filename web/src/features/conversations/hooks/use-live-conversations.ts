import { useEffect } from 'react';
import { startSocket, stopSocket, useConnection, useSocketEvent } from '../../../app/socket.js';
import { markConversation } from '../api.js';
import { useConversationsChanged, useRefreshConversationsSoon } from '../queries.js';

/**
 * Keeps the socket connected while someone is signed in (reconnecting with the new session when the
 * person changes), marks messages from others delivered as soon as they reach this device, and keeps the
 * conversation list (and with it the unread counts) current, also after a reconnect.
 */
export function useLiveConversations(userId: string | null): void {
  const refresh = useRefreshConversationsSoon();
  const changed = useConversationsChanged();
  const { generation } = useConnection();

  useEffect(() => {
    if (!userId) return;
    startSocket();
    return stopSocket;
  }, [userId]);

  // Whatever happened while the connection was down (new messages, invitations, endings) shows after it is back.
  useEffect(() => {
    if (generation > 1) void changed();
  }, [generation, changed]);

  useSocketEvent('message:new', (message) => {
    if (message.authorId !== userId) {
      // A missed delivered mark is harmless: the next message or opening the chat moves it on.
      markConversation('delivered', message.conversationId, message.seq).catch(() => undefined);
    }
    refresh();
  });
  useSocketEvent('conversations:changed', () => void changed());
}
