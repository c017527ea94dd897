import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { changeLocale, currentLocale } from '../../lib/i18n.js';
import { meQueryKey, useCurrentUser } from '../auth/queries.js';
import { changePassword, listSessions, revokeSession, savePreferences } from './api.js';

const sessionsQueryKey = ['sessions'] as const;

export function useSessions() {
  return useQuery({ queryKey: sessionsQueryKey, queryFn: listSessions });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePreferences,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}

/** When we learn who is signed in (sign-in, sign-up or a fresh visit), show Kindred in their saved language. */
export function useAdoptSavedLocale(): void {
  const user = useCurrentUser();
  const adoptedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!user) {
      adoptedFor.current = null;
      return;
    }
    if (adoptedFor.current === user.id) return;
    adoptedFor.current = user.id;
    if (user.locale !== currentLocale()) void changeLocale(user.locale);
  }, [user]);
}
