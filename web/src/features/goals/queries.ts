import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addGoalUpdate, addStep, createGoal, deleteStep, fetchMyGoals, fetchRelationshipGoals, updateGoal, updateStep } from './api.js';

const goalsKey = ['goals'] as const;
const myGoalsKey = [...goalsKey, 'mine'] as const;

export function useMyGoals() {
  return useQuery({ queryKey: myGoalsKey, queryFn: fetchMyGoals });
}

/** Read afresh on each visit: what the member shares can change at any moment. */
export function useRelationshipGoals(relationshipId: string) {
  return useQuery({ queryKey: [...goalsKey, 'relationship', relationshipId], queryFn: () => fetchRelationshipGoals(relationshipId), staleTime: 0 });
}

/** Every change refreshes the member's list and any relationship's shared goals, which show the same goals. */
function useGoalMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: goalsKey }) });
}

export const useCreateGoal = () => useGoalMutation(createGoal);
export const useUpdateGoal = () => useGoalMutation(updateGoal);
export const useAddStep = () => useGoalMutation(addStep);
export const useUpdateStep = () => useGoalMutation(updateStep);
export const useDeleteStep = () => useGoalMutation(deleteStep);
export const useAddGoalUpdate = () => useGoalMutation(addGoalUpdate);
