import type { Role } from '../../../shared/roles.js';

/** The signed-in person making a request. */
export interface Actor {
  userId: string;
  sessionId: string;
  handle: string;
  locale: string;
  roles: Role[];
}

export function hasRole(actor: Actor | null, role: Role): boolean {
  return actor?.roles.includes(role) ?? false;
}
