import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentsDto } from '../../../../shared/contracts/privacy.js';
import { useEndSession } from '../auth/queries.js';
import { useForgetShownProfiles } from '../profiles/queries.js';
import {
  agreeConsent,
  blockByHandle,
  deleteAccount,
  fetchConsents,
  fetchDeletionExplanation,
  listBlocks,
  unblock,
  withdrawConsent,
} from './api.js';

const consentsQueryKey = ['consents'] as const;
const blocksQueryKey = ['blocks'] as const;

export function useConsents() {
  return useQuery({ queryKey: consentsQueryKey, queryFn: fetchConsents });
}

function useConsentMutation<A>(mutationFn: (args: A) => Promise<ConsentsDto>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (consents) => queryClient.setQueryData(consentsQueryKey, consents) });
}

export function useAgreeConsent() {
  return useConsentMutation(agreeConsent);
}

export function useWithdrawConsent() {
  return useConsentMutation(withdrawConsent);
}

export function useBlocks() {
  return useQuery({ queryKey: blocksQueryKey, queryFn: listBlocks });
}

function useBlockMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  const forgetShownProfiles = useForgetShownProfiles();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: blocksQueryKey });
      await forgetShownProfiles();
    },
  });
}

export function useBlock() {
  return useBlockMutation(blockByHandle);
}

export function useUnblock() {
  return useBlockMutation(unblock);
}

export function useDeletionExplanation() {
  return useQuery({ queryKey: ['deletion'], queryFn: fetchDeletionExplanation });
}

/** Deletes the account, then shows the start page signed out with a goodbye. */
export function useDeleteAccount() {
  return useEndSession(deleteAccount, '/', { accountDeleted: true });
}
