export const ROLES = ['member', 'supporter', 'supervisor', 'clinician', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that see other people's data; their sessions expire sooner when idle. */
export const STAFF_ROLES: readonly Role[] = ['supervisor', 'clinician', 'admin'];

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF_ROLES.includes(role));
}
