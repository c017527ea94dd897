import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createTopic, listTopics } from './api.js';

const topicsQueryKey = ['topics'] as const;

export function useTopics() {
  return useQuery({ queryKey: topicsQueryKey, queryFn: listTopics, staleTime: 5 * 60_000 });
}

export function useCreateTopic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTopic,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: topicsQueryKey }),
  });
}
