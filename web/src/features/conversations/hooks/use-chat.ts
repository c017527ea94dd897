import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageDto } from '../../../../../shared/contracts/conversations.js';
import type { SupportCardDto } from '../../../../../shared/contracts/safety.js';
import { useConnection, useSocketEvent } from '../../../app/socket.js';
import { fetchMessages, MESSAGE_PAGE, sendMessage } from '../api.js';
import { closingReason, type ClosingReason } from '../chat-problems.js';
import { newClientId } from '../client-id.js';
import {
  addPending,
  discardPending,
  EMPTY_TIMELINE,
  highestSeq,
  leavesGap,
  lowestSeq,
  markFailed,
  markSending,
  mergeMessages,
  newArrivals,
  type Timeline,
} from '../message-timeline.js';

interface ChatOptions {
  conversationId: string;
  viewerId: string;
  /** Messages by others arriving while the chat is open (live or caught up), for the screen-reader summary. */
  onArrivals: (messages: MessageDto[]) => void;
}

/**
 * One open conversation: its first page, older history on request, live messages and updates, and sends
 * (optimistic, retried with the same client id). After every (re)connect, and whenever a live message skips
 * a number, it fetches everything after the highest sequence number seen, so nothing is missed or doubled.
 */
export function useChat({ conversationId, viewerId, onArrivals }: ChatOptions) {
  const [timeline, setTimeline] = useState<Timeline>(EMPTY_TIMELINE);
  // Async work reads the latest timeline from here; the state copy renders it.
  const current = useRef<Timeline>(EMPTY_TIMELINE);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loaded, setLoaded] = useState(false);
  const [closed, setClosed] = useState<ClosingReason | null>(null);
  const [olderExhausted, setOlderExhausted] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  // Shown privately to me after I wrote words that suggest I may be struggling; the latest one replaces any before.
  const [supportCard, setSupportCard] = useState<SupportCardDto | null>(null);
  const catchingUp = useRef(false);
  const catchUpAgain = useRef(false);
  const arrivals = useRef(onArrivals);
  useEffect(() => {
    arrivals.current = onArrivals;
  });
  const connection = useConnection();

  const update = useCallback((change: (timeline: Timeline) => Timeline) => {
    current.current = change(current.current);
    setTimeline(current.current);
  }, []);

  /** Merges what arrived, telling the screen reader about anything new from others. */
  const receive = useCallback(
    (messages: MessageDto[], announce: boolean) => {
      if (announce) {
        const fresh = newArrivals(current.current, messages, viewerId);
        if (fresh.length > 0) arrivals.current(fresh);
      }
      update((timeline) => mergeMessages(timeline, messages));
    },
    [update, viewerId],
  );

  const failed = useCallback((error: unknown) => {
    const reason = closingReason(error);
    if (reason) setClosed(reason);
  }, []);

  const catchUp = useCallback(async () => {
    if (catchingUp.current) {
      catchUpAgain.current = true;
      return;
    }
    catchingUp.current = true;
    try {
      do {
        catchUpAgain.current = false;
        let page: MessageDto[];
        do {
          page = await fetchMessages(conversationId, { after: highestSeq(current.current) });
          receive(page, true);
        } while (page.length >= MESSAGE_PAGE);
      } while (catchUpAgain.current);
    } catch (error) {
      // The next reconnect or live message tries again.
      failed(error);
    } finally {
      catchingUp.current = false;
    }
  }, [conversationId, failed, receive]);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const page = await fetchMessages(conversationId);
      receive(page, false);
      if (page.length < MESSAGE_PAGE) setOlderExhausted(true);
      setLoaded(true);
    } catch (error) {
      failed(error);
      setLoadError(error);
    }
  }, [conversationId, failed, receive]);

  useEffect(() => {
    void load();
  }, [load]);

  // Each connect (the first one and every reconnect) may have missed messages: fetch from the highest seen.
  useEffect(() => {
    if (loaded && connection.status === 'connected') void catchUp();
  }, [loaded, connection.status, connection.generation, catchUp]);

  useSocketEvent('message:new', (message) => {
    if (message.conversationId !== conversationId) return;
    const gap = leavesGap(current.current, message);
    receive([message], true);
    if (gap) void catchUp();
  });

  useSocketEvent('message:updated', (message) => {
    if (message.conversationId === conversationId) receive([message], false);
  });

  const deliver = useCallback(
    async (clientId: string, body: string) => {
      try {
        const { message, supportCard: card } = await sendMessage(conversationId, clientId, body);
        if (card) setSupportCard(card);
        const gap = leavesGap(current.current, message);
        receive([message], false);
        if (gap) void catchUp();
      } catch (error) {
        update((timeline) => markFailed(timeline, clientId, error));
        failed(error);
      }
    },
    [catchUp, conversationId, failed, receive, update],
  );

  const send = useCallback(
    (body: string) => {
      const clientId = newClientId();
      update((timeline) => addPending(timeline, clientId, body));
      void deliver(clientId, body);
    },
    [deliver, update],
  );

  /** Sends a failed message again with the same client id, so it is stored once even if the first try got through. */
  const retry = useCallback(
    (clientId: string) => {
      const pending = current.current.pending.find((send) => send.clientId === clientId);
      if (!pending || pending.state === 'sending') return;
      update((timeline) => markSending(timeline, clientId));
      void deliver(clientId, pending.body);
    },
    [deliver, update],
  );

  const discard = useCallback((clientId: string) => update((timeline) => discardPending(timeline, clientId)), [update]);

  const loadOlder = useCallback(async () => {
    const before = lowestSeq(current.current);
    if (before === null || loadingOlder) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const page = await fetchMessages(conversationId, { before });
      receive(page, false);
      if (page.length < MESSAGE_PAGE) setOlderExhausted(true);
    } catch (error) {
      setOlderError(error);
    } finally {
      setLoadingOlder(false);
    }
  }, [conversationId, loadingOlder, receive]);

  /** An edit, deletion or hiding done here: shown at once, before its live echo. */
  const applyUpdate = useCallback((message: MessageDto) => receive([message], false), [receive]);
  const dismissSupportCard = useCallback(() => setSupportCard(null), []);

  return {
    timeline,
    loaded,
    loadError,
    reload: load,
    closed,
    hasOlder: !olderExhausted && (lowestSeq(timeline) ?? 1) > 1,
    loadingOlder,
    olderError,
    loadOlder,
    send,
    retry,
    discard,
    applyUpdate,
    supportCard,
    showSupportCard: setSupportCard,
    dismissSupportCard,
  };
}
