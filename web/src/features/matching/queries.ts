import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SupportRequestDto } from '../../../../shared/contracts/matching.js';
import { ApiError } from '../../lib/http.js';
import { useForgetShownProfiles } from '../profiles/queries.js';
import {
  acceptRequest,
  cancelRequest,
  chooseSupporter,
  confirmIntake,
  createRequest,
  declineRequest,
  endRelationship,
  fetchCurrentRequest,
  fetchIncomingRequests,
  fetchIntakePlan,
  fetchRelationships,
  fetchSuggestions,
  fetchWeights,
  respondToProposal,
  saveWeights,
} from './api.js';
import { isWaitingForAnswer } from './offer-state.js';

/** The server sends suggestions five at a time; a shorter page is the last one. */
export const SUGGESTIONS_PER_PAGE = 5;
/** While a supporter is deciding, look again now and then so the answer shows without a reload. */
const WAITING_REFRESH_MS = 30_000;

const supportRequestKey = ['support-request'] as const;
const currentRequestKey = [...supportRequestKey, 'current'] as const;
const incomingKey = ['supporter-requests'] as const;
const relationshipsKey = ['relationships'] as const;
const weightsKey = ['admin', 'matching-weights'] as const;

export function useCurrentRequest() {
  return useQuery({
    queryKey: currentRequestKey,
    queryFn: fetchCurrentRequest,
    refetchInterval: (query) => (isWaitingForAnswer(query.state.data ?? null) ? WAITING_REFRESH_MS : false),
  });
}

export function useSuggestions(requestId: string) {
  return useInfiniteQuery({
    queryKey: [...supportRequestKey, requestId, 'suggestions'],
    queryFn: ({ pageParam }) => fetchSuggestions(requestId, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last, _pages, lastPage) => (last.suggestions.length === SUGGESTIONS_PER_PAGE ? lastPage + 1 : undefined),
  });
}

/** After any change to the member's request: its state, offers and suggestions are read again. */
function useRequestChanged() {
  const queryClient = useQueryClient();
  return async (request?: SupportRequestDto) => {
    if (request) queryClient.setQueryData(currentRequestKey, request);
    await queryClient.invalidateQueries({ queryKey: supportRequestKey });
  };
}

export function useCreateRequest() {
  const changed = useRequestChanged();
  return useMutation({
    mutationFn: createRequest,
    onSuccess: changed,
    // Another tab already opened a request: show that one.
    onError: (error) => (error instanceof ApiError && error.code === 'request_open' ? changed() : undefined),
  });
}

export function useChooseSupporter() {
  const changed = useRequestChanged();
  return useMutation({
    mutationFn: ({ requestId, supporterId }: { requestId: string; supporterId: string }) => chooseSupporter(requestId, supporterId),
    onSettled: () => changed(),
  });
}

export function useRespondToProposal() {
  const changed = useRequestChanged();
  return useMutation({
    mutationFn: ({ requestId, accept }: { requestId: string; accept: boolean }) => respondToProposal(requestId, accept),
    onSuccess: changed,
    // Already answered or out of time: show where the request stands now.
    onError: () => changed(),
  });
}

export function useCancelRequest() {
  const changed = useRequestChanged();
  return useMutation({ mutationFn: cancelRequest, onSuccess: changed, onError: () => changed() });
}

export function useIncomingRequests() {
  return useQuery({ queryKey: incomingKey, queryFn: fetchIncomingRequests });
}

/** Answers and endings change the inbox and relationships, and with them how much of a member's profile their supporter may see. */
function useMatchChange<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  const forgetProfiles = useForgetShownProfiles();
  return useMutation({
    mutationFn,
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: incomingKey }),
        queryClient.invalidateQueries({ queryKey: relationshipsKey }),
        forgetProfiles(),
      ]);
    },
  });
}

export function useAcceptRequest() {
  return useMatchChange(acceptRequest);
}

export function useDeclineRequest() {
  return useMatchChange(({ offerId, reason }: { offerId: string; reason: string | null }) => declineRequest(offerId, reason));
}

export function useRelationships() {
  return useQuery({ queryKey: relationshipsKey, queryFn: fetchRelationships });
}

export function useEndRelationship() {
  return useMatchChange(({ relationshipId, reason }: { relationshipId: string; reason: string }) => endRelationship(relationshipId, reason));
}

export function useMatchingWeights() {
  return useQuery({ queryKey: weightsKey, queryFn: fetchWeights });
}

export function useSaveMatchingWeights() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveWeights, onSuccess: (weights) => queryClient.setQueryData(weightsKey, weights) });
}

/** Works out the intake plan when the admin asks for it: a computation over everyone waiting, so never on page load. */
export function useProposeIntake() {
  return useMutation({ mutationFn: fetchIntakePlan });
}

export function useConfirmIntake() {
  return useMutation({ mutationFn: confirmIntake });
}
