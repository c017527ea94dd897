import type { DbExecutor } from './db/connect.js';
import { newId } from './ids.js';

export interface AuditEvent {
  action: string;
  at: Date;
  actorId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Written inside the caller's transaction so an action and its audit entry land together or not at all. */
export async function recordAudit(db: DbExecutor, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: event.at.toISOString(),
      action: event.action,
      actor_id: event.actorId ?? null,
      subject_type: event.subjectType ?? null,
      subject_id: event.subjectId ?? null,
      ip: event.ip ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}
