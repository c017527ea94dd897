import type { MatchReason, OfferDto, RelationshipDto, SupportRequestDto } from '../../../shared/contracts/matching.js';
import type { OfferView, RelationshipView, RequestRow } from './matching.repo.js';

export function presentOffer(row: OfferView, note: string | null): OfferDto {
  return {
    id: row.id,
    requestId: row.request_id,
    memberId: row.member_id,
    memberHandle: row.member_handle,
    supporterId: row.supporter_id,
    supporterHandle: row.supporter_handle,
    status: row.status as OfferDto['status'],
    reasons: JSON.parse(row.reasons) as MatchReason[],
    note,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    respondedAt: row.responded_at,
  };
}

/** The member never sees a supporter's private decline reason; supporters see the member's note. */
export function presentRequest(row: RequestRow, offers: OfferView[]): SupportRequestDto {
  return {
    id: row.id,
    status: row.status as SupportRequestDto['status'],
    topics: JSON.parse(row.topics),
    primaryTopic: row.primary_topic,
    note: row.note,
    languages: JSON.parse(row.languages),
    supporterIdentities: JSON.parse(row.supporter_identities),
    communities: JSON.parse(row.communities),
    meetingModes: JSON.parse(row.meeting_modes),
    createdAt: row.created_at,
    offers: offers.map((offer) => presentOffer(offer, null)),
  };
}

export function presentRelationship(row: RelationshipView): RelationshipDto {
  return {
    id: row.id,
    memberId: row.member_id,
    memberHandle: row.member_handle,
    supporterId: row.supporter_id,
    supporterHandle: row.supporter_handle,
    status: row.status as RelationshipDto['status'],
    startedAt: row.started_at,
    endedAt: row.ended_at,
    endReason: row.end_reason,
  };
}
