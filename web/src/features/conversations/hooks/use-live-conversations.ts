import { useEffect } from 'react';
import { startSocket, stopSocket, useSocketEvent } from '../../../app/socket.js';
import { markConversation } from '../api.js';
import { useConversationsChanged, useRefreshConversationsSoon } from '../queries.js';

/**
 * Keeps the socket connected while someone is signed in (reconnecting with the new session when the
 * person changes), marks messages from others delivered as soon as they reach this device, and keeps the
 * conversation list (and with it the unread counts) current.
 */
export function useLiveConversations(userId: string | null): void {
  const refresh = useRefreshConversationsSoon();
  const changed = useConversationsChanged();

  useEffect(() => {
    if (!userId) return;
    startSocket();
    return stopSocket;
  }, [userId]);

  useSocketEvent('message:new', (message) => {
    if (message.authorId !== userId) {
      // A missed delivered mark is harmless: the next message or opening the chat moves it on.
      markConversation('delivered', message.conversationId, message.seq).catch(() => undefined);
    }
    refresh();
  });
  useSocketEvent('conversations:changed', () => void changed());
}
