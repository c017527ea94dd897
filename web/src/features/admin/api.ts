import { z } from 'zod';
import {
  auditEntryDto,
  userSummaryDto,
  type AuditEntryDto,
  type UserSummaryDto,
} from '../../../../shared/contracts/admin.js';
import type { Role } from '../../../../shared/roles.js';
import { getJson, sendJson } from '../../lib/http.js';

const usersResponse = z.object({ users: z.array(userSummaryDto) });
const userResponse = z.object({ user: userSummaryDto });
const auditResponse = z.object({ entries: z.array(auditEntryDto), nextBefore: z.string().nullable() });

export interface AuditFilters {
  action: string;
  /** ISO timestamps; empty for no limit. */
  from: string;
  to: string;
}

export interface AuditPage {
  entries: AuditEntryDto[];
  nextBefore: string | null;
}

export async function listUsers(search: string): Promise<UserSummaryDto[]> {
  return (await getJson('/api/admin/users', usersResponse, { search })).users;
}

/** Grants the role when `grant` is true, otherwise revokes it. */
export async function setRole(userId: string, role: Role, grant: boolean): Promise<UserSummaryDto> {
  const path = `/api/admin/users/${encodeURIComponent(userId)}/roles/${role}`;
  return (await sendJson(grant ? 'PUT' : 'DELETE', path, userResponse)).user;
}

/** One page of the audit log, newest first; pass the previous page's nextBefore as `before`. */
export function listAudit(filters: AuditFilters, before: string | undefined): Promise<AuditPage> {
  return getJson('/api/admin/audit', auditResponse, { ...filters, before });
}
