import type { AuditEntryDto, UserSummaryDto } from '../../../shared/contracts/admin.js';
import type { Role } from '../../../shared/roles.js';

export function presentUserSummary(user: { id: string; email: string; handle: string; created_at: string }, roles: Role[]): UserSummaryDto {
  return { id: user.id, email: user.email, handle: user.handle, roles, createdAt: user.created_at };
}

export function presentAuditEntry(row: {
  id: string; at: string; action: string; actor_id: string | null; actor_handle: string | null;
  subject_type: string | null; subject_id: string | null; ip: string | null; details: string;
}): AuditEntryDto {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actorId: row.actor_id,
    actorHandle: row.actor_handle,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    ip: row.ip,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}
