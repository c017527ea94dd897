import { useIsMutating, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { MeDto } from '../../../../shared/contracts/accounts.js';
import type { Role } from '../../../../shared/roles.js';
import { fetchMe, register, signIn, signOut, signOutEverywhere } from './api.js';

export const meQueryKey = ['me'] as const;
const endSessionKey = ['end-session'] as const;

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe });
}

/** The signed-in user; undefined while still loading, null when signed out. */
export function useCurrentUser(): MeDto | null | undefined {
  return useMe().data;
}

/**
 * Signed in, and not in the middle of signing out. While a sign-out is finishing, the next page
 * renders before the user is forgotten; pages that send signed-in people elsewhere must not react to that.
 */
export function useIsSignedIn(): boolean {
  const user = useCurrentUser();
  const endingSession = useIsMutating({ mutationKey: endSessionKey }) > 0;
  return Boolean(user) && !endingSession;
}

export function useHasRole(role: Role): boolean {
  return useCurrentUser()?.roles.includes(role) ?? false;
}

/** Forgets everything cached for the previous user. */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}

/** Navigation state for the page shown after a session ends, e.g. to say the account was deleted. */
export interface EndedSessionState {
  accountDeleted?: boolean;
}

/**
 * Ends the session (or every session, or the whole account), then leaves for `to` before forgetting the user,
 * so a signed-in-only page never sees itself signed out and redirects with a stale ?next=.
 */
export function useEndSession<V = void>(end: (variables: V) => Promise<void>, to: string, state?: EndedSessionState) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationKey: endSessionKey,
    mutationFn: end,
    onSuccess: async () => {
      await navigate(to, { flushSync: true, state });
      forgetSession(queryClient);
    },
  });
}

export function useSignOut() {
  return useEndSession(signOut, '/');
}

export function useSignOutEverywhere() {
  return useEndSession(signOutEverywhere, '/sign-in');
}
