import { z } from 'zod';
import {
  attendanceDto,
  groupDto,
  groupMemberDto,
  groupMembersDto,
  joinGroupResponse,
  meetingDto,
  meetingNoteDto,
  myGroupMembershipDto,
  type CreateGroupInput,
  type FidelityItem,
  type GroupDto,
  type MeetingDto,
  type MeetingNoteDto,
} from '../../../../shared/contracts/groups.js';
import { groupSearchDto, type GroupSearchDto } from '../../../../shared/contracts/groups-finder.js';
import { getJson, send, sendJson } from '../../lib/http.js';

export type GroupMembers = z.infer<typeof groupMembersDto>;
export type JoinResult = z.infer<typeof joinGroupResponse>;
export type RsvpAnswer = 'yes' | 'no' | 'maybe';
export type MeetingChange = { startsLocal: string; note?: string | null } | { cancelled: true; note?: string | null } | { restore: true };
export { attendanceDto };

const groupsResponse = z.object({ groups: z.array(groupDto) });
const groupResponse = z.object({ group: groupDto });
const meetingsResponse = z.object({ meetings: z.array(meetingDto) });
const meetingResponse = z.object({ meeting: meetingDto });
const notesResponse = z.object({ notes: z.array(meetingNoteDto) });
const noteResponse = z.object({ note: meetingNoteDto });
const membershipResponse = z.object({ membership: myGroupMembershipDto });
const memberResponse = z.object({ member: groupMemberDto });

export const groupPath = (id: string) => `/api/groups/${encodeURIComponent(id)}`;
const meetingPath = (id: string, occurrence: string) => `${groupPath(id)}/meetings/${encodeURIComponent(occurrence)}`;
const memberPath = (id: string, userId: string) => `${groupPath(id)}/members/${encodeURIComponent(userId)}`;

export function searchGroups(query: Record<string, string | undefined>): Promise<GroupSearchDto> {
  return getJson('/api/groups/search', groupSearchDto, query);
}

export async function fetchGroups(scope: 'all' | 'mine'): Promise<GroupDto[]> {
  return (await getJson('/api/groups', groupsResponse, { scope })).groups;
}

export async function fetchGroup(id: string): Promise<GroupDto> {
  return (await getJson(groupPath(id), groupResponse)).group;
}

export async function createGroup(input: CreateGroupInput): Promise<GroupDto> {
  return (await sendJson('POST', '/api/groups', groupResponse, input)).group;
}

/** Joining names the agreement version the person read; a full group answers with a waitlist place. */
export function joinGroup(id: string, agreementVersion: number): Promise<JoinResult> {
  return sendJson('POST', `${groupPath(id)}/join`, joinGroupResponse, { agreementVersion });
}

export function leaveGroup(id: string): Promise<void> {
  return send('POST', `${groupPath(id)}/leave`);
}

export async function setAttendanceRecorded(id: string, attendanceRecorded: boolean) {
  return (await sendJson('PUT', `${groupPath(id)}/me`, membershipResponse, { attendanceRecorded })).membership;
}

export async function fetchMeetings(id: string, when: 'upcoming' | 'past', limit = 8): Promise<MeetingDto[]> {
  return (await getJson(`${groupPath(id)}/meetings`, meetingsResponse, { when, limit })).meetings;
}

export async function answerRsvp(id: string, occurrence: string, answer: RsvpAnswer): Promise<MeetingDto> {
  return (await sendJson('PUT', `${meetingPath(id, occurrence)}/rsvp`, meetingResponse, { answer })).meeting;
}

export async function changeMeeting(id: string, occurrence: string, change: MeetingChange): Promise<MeetingDto> {
  return (await sendJson('PATCH', meetingPath(id, occurrence), meetingResponse, change)).meeting;
}

export async function recordAttendance(id: string, occurrence: string, present: string[]): Promise<MeetingDto> {
  return (await sendJson('PUT', `${meetingPath(id, occurrence)}/attendance`, meetingResponse, { present })).meeting;
}

export async function saveNote(id: string, occurrence: string, body: string, checklist: Partial<Record<FidelityItem, boolean>>): Promise<MeetingNoteDto> {
  return (await sendJson('PUT', `${meetingPath(id, occurrence)}/note`, noteResponse, { body, checklist })).note;
}

export async function fetchNotes(id: string): Promise<MeetingNoteDto[]> {
  return (await getJson(`${groupPath(id)}/notes`, notesResponse)).notes;
}

export function fetchMembers(id: string): Promise<GroupMembers> {
  return getJson(`${groupPath(id)}/members`, groupMembersDto);
}

export function removeMember(id: string, userId: string, reason: string): Promise<void> {
  return send('POST', `${memberPath(id, userId)}/remove`, { reason });
}

export async function muteMember(id: string, userId: string, reason: string, hours: number | null) {
  return (await sendJson('POST', `${memberPath(id, userId)}/mute`, memberResponse, { reason, hours })).member;
}

export async function inviteMember(id: string, handle: string) {
  return (await sendJson('POST', `${groupPath(id)}/invitations`, memberResponse, { handle })).member;
}
