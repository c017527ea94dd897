import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RoomDto } from '../../../../shared/contracts/rooms.js';
import { useConversationsChanged } from '../conversations/queries.js';
import {
  addModerator,
  createRoom,
  fetchRoom,
  fetchRoomMembers,
  fetchRooms,
  joinRoom,
  leaveRoom,
  removeModerator,
  removeRoomMember,
  updateRoom,
} from './api.js';

const roomsKey = ['rooms'] as const;
const roomKey = (id: string) => [...roomsKey, id] as const;
const membersKey = (id: string) => [...roomsKey, id, 'members'] as const;

/** Member counts, agreements and memberships change under other people's hands: read again on every visit. */
export function useRooms() {
  return useQuery({ queryKey: roomsKey, queryFn: fetchRooms, staleTime: 0 });
}

export function useRoom(id: string) {
  return useQuery({ queryKey: roomKey(id), queryFn: () => fetchRoom(id), staleTime: 0 });
}

export function useRoomMembers(id: string, enabled: boolean) {
  return useQuery({ queryKey: membersKey(id), queryFn: () => fetchRoomMembers(id), enabled });
}

/** A room changed: keep the new copy and read the directory, member lists and conversations again. */
function useRoomChanged() {
  const queryClient = useQueryClient();
  const conversationsChanged = useConversationsChanged();
  return async (id: string, room?: RoomDto) => {
    if (room) queryClient.setQueryData(roomKey(id), room);
    await Promise.all([queryClient.invalidateQueries({ queryKey: roomsKey }), conversationsChanged()]);
  };
}

export function useJoinRoom(id: string) {
  const changed = useRoomChanged();
  return useMutation({
    mutationFn: (agreementVersion: number) => joinRoom(id, agreementVersion),
    onSuccess: (room) => changed(id, room),
    // Full, changed agreement or removed: show the room as it is now.
    onError: () => changed(id),
  });
}

export function useLeaveRoom(id: string) {
  const changed = useRoomChanged();
  return useMutation({ mutationFn: () => leaveRoom(id), onSettled: () => changed(id) });
}

export function useRemoveRoomMember(id: string) {
  const changed = useRoomChanged();
  return useMutation({
    mutationFn: ({ userId, reason }: { userId: string; reason: string }) => removeRoomMember(id, userId, reason),
    onSettled: () => changed(id),
  });
}

export function useCreateRoom() {
  const changed = useRoomChanged();
  return useMutation({ mutationFn: createRoom, onSuccess: (room) => changed(room.id, room) });
}

export function useUpdateRoom(id: string) {
  const changed = useRoomChanged();
  return useMutation({ mutationFn: (input: Parameters<typeof updateRoom>[1]) => updateRoom(id, input), onSuccess: (room) => changed(id, room) });
}

export function useAddModerator(id: string) {
  const changed = useRoomChanged();
  return useMutation({ mutationFn: (userId: string) => addModerator(id, userId), onSuccess: (room) => changed(id, room) });
}

export function useRemoveModerator(id: string) {
  const changed = useRoomChanged();
  return useMutation({ mutationFn: (userId: string) => removeModerator(id, userId), onSuccess: (room) => changed(id, room) });
}
