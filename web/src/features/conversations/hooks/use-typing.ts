import { useCallback, useEffect, useRef, useState } from 'react';
import { useSocketEvent } from '../../../app/socket.js';
import { sendTyping } from '../api.js';

/** How long "is typing…" stays after the last typing signal. */
const SHOWN_MS = 5000;
/** While someone types, tell the others at most this often. */
const SEND_EVERY_MS = 3000;

interface Typist {
  userId: string;
  handle: string;
  until: number;
}

/** Who else is typing in this conversation, and `notifyTyping` to call on each keystroke of my own. */
export function useTyping(conversationId: string, viewerId: string) {
  const [typists, setTypists] = useState<Typist[]>([]);
  const lastSent = useRef(0);

  useSocketEvent('conversation:typing', (event) => {
    if (event.conversationId !== conversationId || event.userId === viewerId) return;
    const typist = { userId: event.userId, handle: event.handle, until: Date.now() + SHOWN_MS };
    setTypists((list) => [...list.filter((existing) => existing.userId !== event.userId), typist]);
  });

  // Their message arriving means they stopped typing it.
  useSocketEvent('message:new', (message) => {
    if (message.conversationId !== conversationId) return;
    setTypists((list) => (list.some((typist) => typist.userId === message.authorId) ? list.filter((typist) => typist.userId !== message.authorId) : list));
  });

  useEffect(() => {
    if (typists.length === 0) return;
    const soonest = Math.min(...typists.map((typist) => typist.until));
    const timer = setTimeout(() => setTypists((list) => list.filter((typist) => typist.until > Date.now())), Math.max(0, soonest - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [typists]);

  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (now - lastSent.current < SEND_EVERY_MS) return;
    lastSent.current = now;
    sendTyping(conversationId);
  }, [conversationId]);

  return { typing: typists.map((typist) => typist.handle), notifyTyping };
}
