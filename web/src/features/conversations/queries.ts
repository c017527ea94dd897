import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { acceptInvitation, declineInvitation, endPeerConversation, fetchConversations, fetchInvitations, inviteToChat } from './api.js';

export const conversationsKey = ['conversations'] as const;
/** Under the conversations key: whatever refreshes the list ("conversations:changed") refreshes invitations too. */
const invitationsKey = [...conversationsKey, 'invitations'] as const;
/** Live events can come in bursts (a busy room); the list is read again at most this often. */
const REFRESH_COALESCE_MS = 500;

/** Always read again when a screen showing it opens: unread counts and endings must be current. */
export function useConversations(enabled = true) {
  return useQuery({ queryKey: conversationsKey, queryFn: fetchConversations, enabled, staleTime: 0 });
}

/** Reads the conversation list (only the list: messages and read marks do not change invitations) again soon, once for a whole burst of calls. */
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
      void queryClient.invalidateQueries({ queryKey: conversationsKey, exact: true });
    }, REFRESH_COALESCE_MS);
  }, [queryClient]);
}

export function useInvitations() {
  return useQuery({ queryKey: invitationsKey, queryFn: fetchInvitations, staleTime: 0 });
}

/** After someone joins, leaves, invites or answers: the conversation list and the invitations are read again. */
export function useConversationsChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: conversationsKey }), [queryClient]);
}

function useConversationChange<A, R>(mutationFn: (args: A) => Promise<R>) {
  const changed = useConversationsChanged();
  return useMutation({ mutationFn, onSettled: changed });
}

export function useInviteToChat() {
  return useConversationChange(inviteToChat);
}

export function useAcceptInvitation() {
  return useConversationChange(acceptInvitation);
}

export function useDeclineInvitation() {
  return useConversationChange(declineInvitation);
}

export function useEndPeerConversation() {
  return useConversationChange(endPeerConversation);
}
