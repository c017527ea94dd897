import type { RoomDto } from '../../../shared/contracts/rooms.js';
import type { RoomView } from './rooms.repo.js';

export interface RoomViewerFacts {
  membership: { role: string; agreement_version: number | null } | undefined;
  moderators: Array<{ id: string; handle: string }>;
}

export function presentRoom(row: RoomView, viewer: RoomViewerFacts): RoomDto {
  return {
    id: row.conversation_id,
    title: row.title ?? '',
    description: row.description,
    topic: row.topic,
    agreement: row.agreement,
    agreementVersion: row.agreement_version,
    memberCap: row.member_cap,
    memberCount: Number(row.member_count ?? 0),
    moderators: viewer.moderators.map((m) => ({ userId: m.id, handle: m.handle })),
    joined: viewer.membership !== undefined,
    agreementAccepted: viewer.membership?.agreement_version === row.agreement_version,
    isModerator: viewer.membership?.role === 'moderator',
    archived: row.archived_at !== null,
  };
}
