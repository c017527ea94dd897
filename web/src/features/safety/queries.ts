import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  acknowledgeAlert,
  addOnCallShift,
  fetchAlerts,
  fetchConcerns,
  fetchOnCallShifts,
  fetchSupportCard,
  recordAlertAction,
  removeOnCallShift,
  resolveAlert,
  talkNow,
  type AlertList,
} from './api.js';

const alertsKey = ['safety', 'alerts'] as const;
const concernsKey = ['safety', 'concerns'] as const;
const onCallKey = ['safety', 'on-call'] as const;

export function useSupportCard() {
  return useQuery({ queryKey: ['safety', 'support-card'], queryFn: fetchSupportCard });
}

export function useTalkNow() {
  return useMutation({ mutationFn: talkNow });
}

/** Read afresh whenever the page opens: someone may need help now. */
export function useAlerts(list: AlertList) {
  return useQuery({ queryKey: [...alertsKey, list], queryFn: () => fetchAlerts(list), staleTime: 0 });
}

/** Reads both alert lists again (an alert moves from active to resolved). */
export function useRefreshAlerts(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: alertsKey }), [queryClient]);
}

function useAlertChange<A>(mutationFn: (args: A) => Promise<unknown>) {
  const refresh = useRefreshAlerts();
  // Also after a failure: "someone else acted first" means the list on screen is out of date.
  return useMutation({ mutationFn, onSettled: refresh });
}

export function useAcknowledgeAlert() {
  return useAlertChange(acknowledgeAlert);
}

export function useRecordAlertAction() {
  return useAlertChange(({ id, note }: { id: string; note: string }) => recordAlertAction(id, note));
}

export function useResolveAlert() {
  return useAlertChange(({ id, note }: { id: string; note: string }) => resolveAlert(id, note));
}

export function useConcerns() {
  return useQuery({ queryKey: concernsKey, queryFn: fetchConcerns, staleTime: 0 });
}

export function useRefreshConcerns(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: concernsKey }), [queryClient]);
}

export function useOnCallShifts() {
  return useQuery({ queryKey: onCallKey, queryFn: fetchOnCallShifts, staleTime: 0 });
}

function useRotaChange<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: onCallKey }) });
}

export function useAddOnCallShift() {
  return useRotaChange(addOnCallShift);
}

export function useRemoveOnCallShift() {
  return useRotaChange(removeOnCallShift);
}
