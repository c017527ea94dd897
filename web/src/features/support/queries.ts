import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addOneOff,
  answerPlan,
  assignSupervisor,
  changeCheckIn,
  createCalendarFeed,
  endPlan,
  fetchCalendarFeed,
  fetchMyFeedbackTrend,
  fetchNotes,
  fetchRelationshipSummary,
  fetchSupervisedSupporters,
  fetchSupervisionAssignments,
  fetchSupporterTrend,
  giveFeedback,
  proposePlan,
  recordOutcome,
  turnOffCalendarFeed,
  unassignSupervisor,
  updateNote,
  writeClosingNote,
  writeNote,
} from './api.js';

export const supportKeys = {
  all: ['one-to-one'] as const,
  relationships: ['one-to-one', 'relationship'] as const,
  summary: (relationshipId: string) => ['one-to-one', 'relationship', relationshipId, 'summary'] as const,
  notes: (relationshipId: string) => ['one-to-one', 'relationship', relationshipId, 'notes'] as const,
  calendar: ['one-to-one', 'calendar-feed'] as const,
  myTrend: ['one-to-one', 'feedback-trend', 'mine'] as const,
  supervised: ['one-to-one', 'supervision', 'mine'] as const,
  supporterTrend: (supporterId: string) => ['one-to-one', 'supervision', 'trend', supporterId] as const,
  assignments: ['one-to-one', 'supervision', 'assignments'] as const,
};

/** A relationship's rhythm, check-ins and closing notes; read afresh on each visit (the other person changes it too). */
export function useRelationshipSummary(relationshipId: string) {
  return useQuery({ queryKey: supportKeys.summary(relationshipId), queryFn: () => fetchRelationshipSummary(relationshipId), staleTime: 0 });
}

/** A supervisor's every read is audited, so theirs is not refetched just because the window regains focus. */
export function useSessionNotes(relationshipId: string, { audited }: { audited: boolean }) {
  return useQuery({ queryKey: supportKeys.notes(relationshipId), queryFn: () => fetchNotes(relationshipId), staleTime: 0, refetchOnWindowFocus: !audited });
}

/**
 * Every change to a relationship refreshes its page. The refresh is not awaited: the form that made the
 * change may leave the page once it lands (a proposal answered, a meeting marked), and its own success
 * callbacks (the announcement, where focus goes) must run while it is still there.
 */
function useRelationshipMutation<A, R>(relationshipId: string, mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['one-to-one', 'relationship', relationshipId] });
    },
  });
}

export const useProposePlan = (relationshipId: string) => useRelationshipMutation(relationshipId, proposePlan);
export const useAnswerPlan = (relationshipId: string) => useRelationshipMutation(relationshipId, answerPlan);
export const useEndPlan = (relationshipId: string) => useRelationshipMutation(relationshipId, endPlan);
export const useAddOneOff = (relationshipId: string) => useRelationshipMutation(relationshipId, addOneOff);
export const useChangeCheckIn = (relationshipId: string) => useRelationshipMutation(relationshipId, changeCheckIn);
export const useRecordOutcome = (relationshipId: string) => useRelationshipMutation(relationshipId, recordOutcome);
export const useGiveFeedback = (relationshipId: string) => useRelationshipMutation(relationshipId, giveFeedback);
export const useWriteNote = (relationshipId: string) => useRelationshipMutation(relationshipId, writeNote);
export const useUpdateNote = (relationshipId: string) => useRelationshipMutation(relationshipId, updateNote);
export const useWriteClosingNote = (relationshipId: string) => useRelationshipMutation(relationshipId, writeClosingNote);

export function useCalendarFeed() {
  return useQuery({ queryKey: supportKeys.calendar, queryFn: fetchCalendarFeed });
}

function useCalendarMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: supportKeys.calendar }) });
}

export const useCreateCalendarFeed = () => useCalendarMutation(createCalendarFeed);
export const useTurnOffCalendarFeed = () => useCalendarMutation(turnOffCalendarFeed);

export function useMyFeedbackTrend() {
  return useQuery({ queryKey: supportKeys.myTrend, queryFn: fetchMyFeedbackTrend });
}

export function useSupervisedSupporters() {
  return useQuery({ queryKey: supportKeys.supervised, queryFn: fetchSupervisedSupporters });
}

/** Each read is audited by the server, so it is not refetched just because the window regains focus. */
export function useSupporterTrend(supporterId: string) {
  return useQuery({ queryKey: supportKeys.supporterTrend(supporterId), queryFn: () => fetchSupporterTrend(supporterId), refetchOnWindowFocus: false });
}

export function useSupervisionAssignments() {
  return useQuery({ queryKey: supportKeys.assignments, queryFn: fetchSupervisionAssignments });
}

function useAssignmentMutation<A>(mutationFn: (args: A) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['one-to-one', 'supervision'] }) });
}

export const useAssignSupervisor = () => useAssignmentMutation(assignSupervisor);
export const useUnassignSupervisor = () => useAssignmentMutation(unassignSupervisor);
