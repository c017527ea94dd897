import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CrisisLineInput } from '../../../../shared/contracts/crisis-lines.js';
import { createCrisisLine, deleteCrisisLine, listCrisisLines, updateCrisisLine } from './api.js';

const crisisLinesQueryKey = ['crisis-lines'] as const;

export function useCrisisLines() {
  return useQuery({ queryKey: crisisLinesQueryKey, queryFn: listCrisisLines });
}

function useCrisisLineMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crisisLinesQueryKey }),
  });
}

export function useCreateCrisisLine() {
  return useCrisisLineMutation(createCrisisLine);
}

export function useUpdateCrisisLine() {
  return useCrisisLineMutation(({ id, input }: { id: string; input: CrisisLineInput }) => updateCrisisLine(id, input));
}

export function useDeleteCrisisLine() {
  return useCrisisLineMutation(deleteCrisisLine);
}
