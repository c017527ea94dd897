import type { Role } from '../../../shared/roles.js';
import type { Access } from '../../platform/auth/access.js';

/** Only admins manage roles and read the audit log. */
export const ADMIN_ONLY: Access = ['admin'];

/** Every account keeps the member role; at least one admin must remain so the program can be run. */
export function roleRevocationBlocker(role: Role, remainingHolders: number): string | null {
  if (role === 'member') return 'member_role_permanent';
  if (role === 'admin' && remainingHolders <= 1) return 'last_admin';
  return null;
}
