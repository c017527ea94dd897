import type { Access } from '../../platform/auth/access.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { SupportCircle } from '../profiles/index.js';

/** Everyone signed in keeps their own plan; reading someone else's is decided per plan below. */
export const OWN_SAFETY_PLAN: Access = 'signed-in';
export const READ_SHARED_SAFETY_PLANS: Access = 'signed-in';

export type SafetyPlanReader = 'owner' | 'supporter';

/**
 * Who may read a member's plan: the member, and a supporter the member shared it with while their 1:1
 * relationship is active. Roles grant nothing here, not even admin or supervisor: the plan is the member's
 * own words, given by consent. Anyone else gets null, which the service turns into a 404.
 *
 * Shares are granted to one named supporter at a time rather than to "whoever supports me": consent is
 * given to a person the member knows, so a supporter who joins later sees nothing until the member shares
 * again, and a share stops working the moment the relationship ends.
 */
export async function safetyPlanReader(
  viewer: Actor,
  ownerId: string,
  access: { isShared: (ownerId: string, viewerId: string) => Promise<boolean>; circle: SupportCircle },
): Promise<SafetyPlanReader | null> {
  if (viewer.userId === ownerId) return 'owner';
  if (!(await access.isShared(ownerId, viewer.userId))) return null;
  return (await access.circle.includes(viewer.userId, ownerId)) ? 'supporter' : null;
}
