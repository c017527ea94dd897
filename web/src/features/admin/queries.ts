import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeDto } from '../../../../shared/contracts/accounts.js';
import type { UserSummaryDto } from '../../../../shared/contracts/admin.js';
import type { Role } from '../../../../shared/roles.js';
import { meQueryKey } from '../auth/queries.js';
import { listAudit, listUsers, setRole, type AuditFilters } from './api.js';

const usersQueryKey = ['admin', 'users'] as const;

export function useUsers(search: string) {
  return useQuery({
    queryKey: [...usersQueryKey, search],
    queryFn: () => listUsers(search),
    placeholderData: keepPreviousData,
  });
}

export function useSetRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role, grant }: { userId: string; role: Role; grant: boolean }) =>
      setRole(userId, role, grant),
    onSuccess: async (user) => {
      queryClient.setQueriesData<UserSummaryDto[]>({ queryKey: usersQueryKey }, (users) =>
        users?.map((existing) => (existing.id === user.id ? user : existing)),
      );
      if (queryClient.getQueryData<MeDto | null>(meQueryKey)?.id === user.id) {
        await queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true });
      }
    },
  });
}

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['admin', 'audit', filters],
    queryFn: ({ pageParam }) => listAudit(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
}
