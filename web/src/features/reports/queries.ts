import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  appealDecision,
  createReport,
  decideAppeal,
  decideReport,
  fetchMyNotices,
  fetchMyReports,
  fetchQueue,
  type AppealDecision,
  type QueueView,
  type ReportDecision,
} from './api.js';

const mineKey = ['reports', 'mine'] as const;
const noticesKey = ['reports', 'notices'] as const;
const queueKey = ['reports', 'queue'] as const;

/** The lists that change under a person while they look at them. */
export type LiveList = 'queue' | 'mine' | 'notices';
const liveKeys: Record<LiveList, readonly string[]> = { queue: queueKey, mine: mineKey, notices: noticesKey };

/** Reads a list afresh (every view of the queue, when it is the queue) if it is on screen. */
export function useRefreshList(list: LiveList): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: liveKeys[list] }), [queryClient, list]);
}

export function useMyReports() {
  return useQuery({ queryKey: mineKey, queryFn: fetchMyReports, staleTime: 0 });
}

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createReport, onSuccess: () => queryClient.invalidateQueries({ queryKey: mineKey }) });
}

export function useMyNotices() {
  return useQuery({ queryKey: noticesKey, queryFn: fetchMyNotices, staleTime: 0 });
}

export function useAppealDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, text }: { reportId: string; text: string }) => appealDecision(reportId, text),
    onSettled: () => queryClient.invalidateQueries({ queryKey: noticesKey }),
  });
}

/** Read afresh whenever the page opens: each read is audited, and others on the team may have acted. */
export function useModerationQueue(view: QueueView) {
  return useQuery({ queryKey: [...queueKey, view], queryFn: () => fetchQueue(view), staleTime: 0 });
}

function useQueueChange<A>(mutationFn: (args: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  // Also after a failure: "someone else decided first" means the list on screen is out of date.
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: queueKey }) });
}

export function useDecideReport() {
  return useQueueChange(({ id, decision }: { id: string; decision: ReportDecision }) => decideReport(id, decision));
}

export function useDecideAppeal() {
  return useQueueChange(({ id, decision }: { id: string; decision: AppealDecision }) => decideAppeal(id, decision));
}
