import type { RelationshipDto } from '../../../../shared/contracts/matching.js';
import type { SafetyPlanShareDto } from '../../../../shared/contracts/safety-plan.js';

export interface SharingChoice {
  supporterId: string;
  handle: string;
  /** Supporting the member now; only current supporters can be given the plan. */
  current: boolean;
  share: SafetyPlanShareDto | null;
}

/**
 * One row per person the member can share with or stop sharing with: their current supporters, and anyone
 * still holding a share after the relationship ended (it gives them nothing now, but the member can withdraw it).
 */
export function sharingChoices(memberId: string, relationships: readonly RelationshipDto[], shares: readonly SafetyPlanShareDto[]): SharingChoice[] {
  const current = relationships.filter((relationship) => relationship.memberId === memberId && relationship.status === 'active');
  const currentIds = new Set(current.map((relationship) => relationship.supporterId));
  const shareOf = (supporterId: string) => shares.find((share) => share.supporterId === supporterId) ?? null;
  return [
    ...current.map((relationship) => ({ supporterId: relationship.supporterId, handle: relationship.supporterHandle, current: true, share: shareOf(relationship.supporterId) })),
    ...shares.filter((share) => !currentIds.has(share.supporterId)).map((share) => ({ supporterId: share.supporterId, handle: share.handle, current: false, share })),
  ];
}
