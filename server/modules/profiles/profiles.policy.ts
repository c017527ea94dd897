import type { Audience } from '../../../shared/vocabularies/profile-values.js';
import { isStaff } from '../../../shared/roles.js';
import type { Access } from '../../platform/auth/access.js';
import type { Actor } from '../../platform/auth/actor.js';

/**
 * Tells whether a viewer supports or facilitates for a member (an active 1:1 relationship or a group
 * they facilitate). Matching and groups provide it; until they exist nobody is in anyone's circle.
 */
export interface SupportCircle {
  includes(viewerId: string, memberId: string): Promise<boolean>;
}

export const noSupportCircles: SupportCircle = { includes: async () => false };

export async function audienceFor(viewer: Actor, ownerId: string, circle: SupportCircle): Promise<Audience> {
  if (viewer.userId === ownerId) return 'self';
  return (await circle.includes(viewer.userId, ownerId)) ? 'my_supporters' : 'members';
}

/** Staff looking at a member's profile is access to member data and is audited. */
export function isAuditedView(viewer: Actor, ownerId: string): boolean {
  return viewer.userId !== ownerId && isStaff(viewer.roles);
}

/** Everyone edits only their own profile; any signed-in person may look at others within their settings. */
export const OWN_PROFILE: Access = 'signed-in';
export const VIEW_PROFILES: Access = 'signed-in';
export const READ_TOPICS: Access = 'public';
export const EDIT_TOPICS: Access = ['admin'];
export const ADMINISTER_SUPPORTERS: Access = ['admin'];
