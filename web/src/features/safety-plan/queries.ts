import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MySafetyPlanDto } from '../../../../shared/contracts/safety-plan.js';
import { fetchMySafetyPlan, fetchPlansSharedWithMe, fetchSharedSafetyPlan, saveSafetyPlan, shareSafetyPlan, stopSharingSafetyPlan } from './api.js';

const mySafetyPlanKey = ['safety-plan', 'mine'] as const;

export function useMySafetyPlan() {
  return useQuery({ queryKey: mySafetyPlanKey, queryFn: fetchMySafetyPlan });
}

export function useSaveSafetyPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSafetyPlan,
    onSuccess: (plan) => queryClient.setQueryData<MySafetyPlanDto>(mySafetyPlanKey, (mine) => (mine ? { ...mine, plan } : mine)),
  });
}

function useSharingMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: mySafetyPlanKey }) });
}

export function useShareSafetyPlan() {
  return useSharingMutation(shareSafetyPlan);
}

export function useStopSharingSafetyPlan() {
  return useSharingMutation(stopSharingSafetyPlan);
}

export function usePlansSharedWithMe() {
  return useQuery({ queryKey: ['safety-plan', 'shared-with-me'], queryFn: fetchPlansSharedWithMe });
}

/** Read afresh on every visit: each read is what the member's consent allows now, and is audited. */
export function useSharedSafetyPlan(memberId: string) {
  return useQuery({ queryKey: ['safety-plan', 'member', memberId], queryFn: () => fetchSharedSafetyPlan(memberId), staleTime: 0, gcTime: 0 });
}
