import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeDto } from '../../../../shared/contracts/accounts.js';
import type { OwnProfileDto } from '../../../../shared/contracts/profiles.js';
import { meQueryKey } from '../auth/queries.js';
import { fetchOwnProfile, fetchProfilePreview, fetchShownProfile, saveProfile, type PreviewAudience } from './api.js';

const profileKey = ['profile'] as const;
export const ownProfileQueryKey = [...profileKey, 'own'] as const;
const shownProfilesKey = ['profiles'] as const;

export function useOwnProfile() {
  return useQuery({ queryKey: ownProfileQueryKey, queryFn: fetchOwnProfile });
}

export function useProfilePreview(as: PreviewAudience) {
  return useQuery({ queryKey: [...profileKey, 'preview', as], queryFn: () => fetchProfilePreview(as) });
}

export function useShownProfile(userId: string) {
  return useQuery({ queryKey: [...shownProfilesKey, userId], queryFn: () => fetchShownProfile(userId) });
}

/** After the own profile changes: keep the new copy, refresh previews, and the handle shown in the header. */
export function useProfileSaved() {
  const queryClient = useQueryClient();
  return async (profile: OwnProfileDto) => {
    queryClient.setQueryData(ownProfileQueryKey, profile);
    await queryClient.invalidateQueries({ queryKey: profileKey, predicate: (query) => query.queryKey[1] !== 'own' });
    const me = queryClient.getQueryData<MeDto | null>(meQueryKey);
    if (me && me.handle !== profile.handle) queryClient.setQueryData(meQueryKey, { ...me, handle: profile.handle });
  };
}

export function useSaveProfile() {
  const saved = useProfileSaved();
  return useMutation({ mutationFn: saveProfile, onSuccess: saved });
}

/**
 * Marks profiles seen of others as out of date, e.g. after blocking someone. The page on screen keeps what it
 * shows (so a confirmation stays readable); the next visit fetches again.
 */
export function useForgetShownProfiles() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: shownProfilesKey, refetchType: 'none' });
}
