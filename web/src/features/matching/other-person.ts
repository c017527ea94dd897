import type { RelationshipDto } from '../../../../shared/contracts/matching.js';

export interface OtherPerson {
  id: string;
  handle: string;
  /** Whether they support the viewer, or the viewer supports them. */
  role: 'supporter' | 'member';
}

/** The other side of a relationship, seen by one of the two people in it. */
export function otherPerson(relationship: RelationshipDto, viewerId: string): OtherPerson {
  return relationship.memberId === viewerId
    ? { id: relationship.supporterId, handle: relationship.supporterHandle, role: 'supporter' }
    : { id: relationship.memberId, handle: relationship.memberHandle, role: 'member' };
}
