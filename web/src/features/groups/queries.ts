import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FidelityItem } from '../../../../shared/contracts/groups.js';
import { useConversationsChanged } from '../conversations/queries.js';
import {
  answerRsvp,
  changeMeeting,
  createGroup,
  fetchGroup,
  fetchGroups,
  fetchMeetings,
  fetchMembers,
  fetchNotes,
  inviteMember,
  joinGroup,
  leaveGroup,
  muteMember,
  recordAttendance,
  removeMember,
  saveNote,
  searchGroups,
  setAttendanceRecorded,
  type MeetingChange,
  type RsvpAnswer,
} from './api.js';

const groupsKey = ['groups'] as const;
const groupKey = (id: string) => [...groupsKey, 'one', id] as const;
const meetingsKey = (id: string, when: 'upcoming' | 'past') => [...groupsKey, 'one', id, 'meetings', when] as const;
const membersKey = (id: string) => [...groupsKey, 'one', id, 'members'] as const;
const notesKey = (id: string) => [...groupsKey, 'one', id, 'notes'] as const;

/** Seats and waitlists change under other people's hands: every search asks again. */
export function useGroupSearch(query: Record<string, string | undefined>) {
  return useInfiniteQuery({
    queryKey: [...groupsKey, 'search', query],
    queryFn: ({ pageParam }) => searchGroups({ ...query, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
    retry: false,
    placeholderData: keepPreviousData,
  });
}

export function useGroups(scope: 'all' | 'mine') {
  return useQuery({ queryKey: [...groupsKey, 'list', scope], queryFn: () => fetchGroups(scope), staleTime: 0 });
}

export function useGroup(id: string) {
  return useQuery({ queryKey: groupKey(id), queryFn: () => fetchGroup(id), staleTime: 0, retry: false });
}

export function useMeetings(id: string, when: 'upcoming' | 'past', enabled = true) {
  return useQuery({ queryKey: meetingsKey(id, when), queryFn: () => fetchMeetings(id, when), staleTime: 0, enabled });
}

export function useGroupMembers(id: string, enabled: boolean) {
  return useQuery({ queryKey: membersKey(id), queryFn: () => fetchMembers(id), enabled, staleTime: 0 });
}

export function useMeetingNotes(id: string, enabled: boolean) {
  return useQuery({ queryKey: notesKey(id), queryFn: () => fetchNotes(id), enabled, staleTime: 0 });
}

/** Something about a group changed: read it, its lists and the person's conversations again. */
function useGroupChanged(id: string) {
  const queryClient = useQueryClient();
  const conversationsChanged = useConversationsChanged();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: groupsKey }), conversationsChanged()]).then(() => undefined);
}

export function useJoinGroup(id: string) {
  const queryClient = useQueryClient();
  const changed = useGroupChanged(id);
  return useMutation({
    mutationFn: (agreementVersion: number) => joinGroup(id, agreementVersion),
    onSuccess: (result) => {
      queryClient.setQueryData(groupKey(id), result.group);
      void changed();
    },
    // A changed agreement, archived group or removal: show the group as it is now.
    onError: () => void changed(),
  });
}

export function useLeaveGroup(id: string) {
  const changed = useGroupChanged(id);
  return useMutation({ mutationFn: () => leaveGroup(id), onSettled: () => void changed() });
}

export function useAttendanceSetting(id: string) {
  const changed = useGroupChanged(id);
  return useMutation({ mutationFn: (recorded: boolean) => setAttendanceRecorded(id, recorded), onSettled: () => void changed() });
}

export function useRsvp(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ occurrence, answer }: { occurrence: string; answer: RsvpAnswer }) => answerRsvp(id, occurrence, answer),
    onSettled: () => queryClient.invalidateQueries({ queryKey: meetingsKey(id, 'upcoming') }),
  });
}

export function useChangeMeeting(id: string) {
  const changed = useGroupChanged(id);
  return useMutation({
    mutationFn: ({ occurrence, change }: { occurrence: string; change: MeetingChange }) => changeMeeting(id, occurrence, change),
    onSuccess: () => void changed(),
  });
}

export function useRecordAttendance(id: string) {
  const changed = useGroupChanged(id);
  return useMutation({
    mutationFn: ({ occurrence, present }: { occurrence: string; present: string[] }) => recordAttendance(id, occurrence, present),
    onSuccess: () => void changed(),
  });
}

export function useSaveNote(id: string) {
  const changed = useGroupChanged(id);
  return useMutation({
    mutationFn: ({ occurrence, body, checklist }: { occurrence: string; body: string; checklist: Partial<Record<FidelityItem, boolean>> }) =>
      saveNote(id, occurrence, body, checklist),
    onSuccess: () => void changed(),
  });
}

export function useRemoveMember(id: string) {
  const changed = useGroupChanged(id);
  return useMutation({
    mutationFn: ({ userId, reason }: { userId: string; reason: string }) => removeMember(id, userId, reason),
    onSettled: () => void changed(),
  });
}

export function useMuteMember(id: string) {
  const changed = useGroupChanged(id);
  return useMutation({
    mutationFn: ({ userId, reason, hours }: { userId: string; reason: string; hours: number | null }) => muteMember(id, userId, reason, hours),
    onSettled: () => void changed(),
  });
}

export function useInviteMember(id: string) {
  const changed = useGroupChanged(id);
  return useMutation({ mutationFn: (handle: string) => inviteMember(id, handle), onSuccess: () => void changed() });
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createGroup, onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsKey }) });
}
