import type { GroupDto, GroupMemberDto, MeetingDto, MeetingNoteDto, MyGroupMembershipDto } from '../../../shared/contracts/groups.js';
import { isMember, type GroupView, seesPrivateDetails } from './groups.policy.js';
import { type GroupRow, topicsOf } from './groups.repo.js';
import type { MembershipRow } from './membership.repo.js';
import type { MeetingNoteRow } from './meetings.repo.js';
import { localText, type Meeting } from './schedule.js';

type Enum<T extends keyof GroupDto> = GroupDto[T];

export function presentMembership(row: MembershipRow, group: GroupRow, rank: number | null, now: Date): MyGroupMembershipDto {
  return {
    status: row.status as MyGroupMembershipDto['status'],
    waitlistPosition: row.status === 'waitlisted' ? rank : null,
    agreementAccepted: row.agreement_version === group.agreement_version,
    attendanceRecorded: row.attendance_recorded === 1,
    mutedUntil: row.muted_until && new Date(row.muted_until) > now ? row.muted_until : null,
    joinedAt: row.joined_at,
  };
}

export function presentGroup(view: GroupView, extra: {
  facilitators: Array<{ user_id: string; handle: string; role: string }>; waitlistCount: number; rank: number | null; now: Date;
}): GroupDto {
  const { group, membership, facilitator } = view;
  const inside = seesPrivateDetails(view);
  const shownMembership = membership && membership.status !== 'left' ? presentMembership(membership, group, extra.rank, extra.now) : null;
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    topics: topicsOf(group.topics),
    language: group.language,
    format: group.format as Enum<'format'>,
    placeName: group.place_name,
    address: group.address,
    latitude: group.latitude,
    longitude: group.longitude,
    videoLink: inside ? group.video_link : null,
    schedule: {
      rule: group.rrule ?? '', startsLocal: group.starts_local ?? '', timeZone: group.time_zone, durationMinutes: group.duration_minutes,
      weekday: group.meeting_weekday, minuteOfDay: group.meeting_minute,
    },
    nextMeetingAt: group.next_meeting_at,
    capacity: group.capacity,
    memberCount: group.member_count,
    spotsLeft: Math.max(0, group.capacity - group.member_count),
    waitlistCount: extra.waitlistCount,
    agreement: group.agreement,
    agreementVersion: group.agreement_version,
    listing: group.listing as Enum<'listing'>,
    status: group.status as Enum<'status'>,
    facilitators: extra.facilitators.map((f) => ({ userId: f.user_id, handle: f.handle, role: f.role as 'lead' | 'co' })),
    roomId: facilitator || isMember(view) ? group.conversation_id : null,
    myMembership: shownMembership,
    myFacilitatorRole: (facilitator?.role as 'lead' | 'co' | undefined) ?? null,
    canManage: facilitator !== null || view.staff,
  };
}

export function presentMember(row: MembershipRow & { handle: string }, group: GroupRow, rank: number | null, now: Date): GroupMemberDto {
  const mine = presentMembership(row, group, rank, now);
  return {
    userId: row.user_id, handle: row.handle, status: mine.status, waitlistPosition: mine.waitlistPosition, attendanceRecorded: mine.attendanceRecorded,
    mutedUntil: mine.mutedUntil, agreementAccepted: mine.agreementAccepted, joinedAt: row.joined_at,
  };
}

export function presentMeeting(meeting: Meeting, group: GroupRow, extra: Omit<MeetingDto, 'occurrence' | 'startsAt' | 'endsAt' | 'startsLocal' | 'timeZone' | 'moved' | 'cancelled' | 'note'>): MeetingDto {
  return {
    occurrence: meeting.occurrence.toISOString(),
    startsAt: meeting.start.toISOString(),
    endsAt: meeting.end.toISOString(),
    startsLocal: localText(meeting.start, group.time_zone),
    timeZone: group.time_zone,
    moved: meeting.moved,
    cancelled: meeting.cancelled,
    note: meeting.note,
    ...extra,
  };
}

export function presentNote(row: MeetingNoteRow & { author_handle: string | null }): MeetingNoteDto {
  return {
    id: row.id, occurrence: row.occurrence_start, authorHandle: row.author_handle, body: row.body,
    checklist: JSON.parse(row.checklist) as Record<string, boolean>, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}
