import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SupporterStatus } from '../../../../shared/vocabularies/profile-values.js';
import { meQueryKey } from '../auth/queries.js';
import { useProfileSaved } from '../profiles/queries.js';
import {
  decideApplication,
  fetchMyApplication,
  listApplications,
  listSupporters,
  markTrainingComplete,
  saveSupporterSettings,
  setSupporterStatus,
  submitApplication,
  type Decision,
} from './api.js';

const myApplicationKey = ['supporter-application'] as const;
const adminApplicationsKey = ['admin', 'supporter-applications'] as const;
const adminSupportersKey = ['admin', 'supporters'] as const;

export function useSaveSupporterSettings() {
  const saved = useProfileSaved();
  return useMutation({ mutationFn: saveSupporterSettings, onSuccess: saved });
}

export function useMyApplication() {
  return useQuery({ queryKey: myApplicationKey, queryFn: fetchMyApplication });
}

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitApplication,
    onSuccess: (application) => queryClient.setQueryData(myApplicationKey, application),
  });
}

export function usePendingApplications() {
  return useQuery({ queryKey: [...adminApplicationsKey, 'pending'], queryFn: () => listApplications('pending') });
}

export function useSupporters() {
  return useQuery({ queryKey: adminSupportersKey, queryFn: listSupporters });
}

/** Admin changes: applications, supporters and (when it is the admin's own account) their roles may all change. */
function useAdminSupporterMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminApplicationsKey }),
        queryClient.invalidateQueries({ queryKey: adminSupportersKey }),
        queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true }),
      ]);
    },
  });
}

export function useDecideApplication() {
  return useAdminSupporterMutation(({ id, decision, note }: { id: string; decision: Decision; note: string | null }) =>
    decideApplication(id, decision, note),
  );
}

export function useMarkTrainingComplete() {
  return useAdminSupporterMutation(markTrainingComplete);
}

export function useSetSupporterStatus() {
  return useAdminSupporterMutation(({ userId, status }: { userId: string; status: SupporterStatus }) =>
    setSupporterStatus(userId, status),
  );
}
