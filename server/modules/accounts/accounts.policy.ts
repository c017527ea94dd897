import type { Actor } from '../../platform/auth/actor.js';

/**
 * People see and manage only their own account and sessions; no role, staff included, reaches another
 * person's sessions. Services scope every session query by this owner id.
 */
export function sessionOwnerScope(actor: Actor): string {
  return actor.userId;
}
