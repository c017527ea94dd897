import { z } from 'zod';
import { roomDto, roomMemberDto, type CreateRoomInput, type RoomDto, type UpdateRoomInput } from '../../../../shared/contracts/rooms.js';
import { getJson, send, sendJson } from '../../lib/http.js';

export type RoomMemberDto = z.infer<typeof roomMemberDto>;

const roomsResponse = z.object({ rooms: z.array(roomDto) });
const roomResponse = z.object({ room: roomDto });
const membersResponse = z.object({ members: z.array(roomMemberDto) });

const roomPath = (id: string) => `/api/rooms/${encodeURIComponent(id)}`;
const adminRoomPath = (id: string) => `/api/admin/rooms/${encodeURIComponent(id)}`;

export async function fetchRooms(): Promise<RoomDto[]> {
  return (await getJson('/api/rooms', roomsResponse)).rooms;
}

export async function fetchRoom(id: string): Promise<RoomDto> {
  return (await getJson(roomPath(id), roomResponse)).room;
}

/** Joining (or accepting a changed agreement again) names the agreement version the person read. */
export async function joinRoom(id: string, agreementVersion: number): Promise<RoomDto> {
  return (await sendJson('POST', `${roomPath(id)}/join`, roomResponse, { agreementVersion })).room;
}

export function leaveRoom(id: string): Promise<void> {
  return send('POST', `${roomPath(id)}/leave`);
}

/** Moderators and admins only. */
export async function fetchRoomMembers(id: string): Promise<RoomMemberDto[]> {
  return (await getJson(`${roomPath(id)}/members`, membersResponse)).members;
}

export function removeRoomMember(id: string, userId: string, reason: string): Promise<void> {
  return send('POST', `${roomPath(id)}/members/${encodeURIComponent(userId)}/remove`, { reason });
}

export async function createRoom(input: CreateRoomInput): Promise<RoomDto> {
  return (await sendJson('POST', '/api/admin/rooms', roomResponse, input)).room;
}

export async function updateRoom(id: string, input: UpdateRoomInput): Promise<RoomDto> {
  return (await sendJson('PATCH', adminRoomPath(id), roomResponse, input)).room;
}

export async function addModerator(id: string, userId: string): Promise<RoomDto> {
  return (await sendJson('POST', `${adminRoomPath(id)}/moderators`, roomResponse, { userId })).room;
}

export async function removeModerator(id: string, userId: string): Promise<RoomDto> {
  return (await sendJson('DELETE', `${adminRoomPath(id)}/moderators/${encodeURIComponent(userId)}`, roomResponse)).room;
}
