import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { fetchConversations } from './api.js';

export const conversationsKey = ['conversations'] as const;
/** Live events can come in bursts (a busy room); the list is read again at most this often. */
const REFRESH_COALESCE_MS = 500;

/** Always read again when a screen showing it opens: unread counts and endings must be current. */
export function useConversations(enabled = true) {
  return useQuery({ queryKey: conversationsKey, queryFn: fetchConversations, enabled, staleTime: 0 });
}

/** Reads the conversation list again soon, once for a whole burst of calls. */
export function useRefreshConversationsSoon(): () => void {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: conversationsKey });
    }, REFRESH_COALESCE_MS);
  }, [queryClient]);
}
