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

export function useInvitations() {
  return useQuery({ queryKey: invitationsKey, queryFn: fetchInvitations, staleTime: 0 });
}

/** Inviting, answering and ending change both the invitations and the conversation list. */
function useConversationChange<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: conversationsKey }) });
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
