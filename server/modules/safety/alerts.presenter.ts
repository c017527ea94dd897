import type { SafetyAlertDto, TextSource } from '../../../shared/contracts/safety.js';
import type { AlertView } from './alerts.repo.js';

type EventRow = { alert_id: string; kind: string; note: string | null; notified: string; created_at: string; actor_handle: string | null };

export function presentAlert(row: AlertView, events: EventRow[], handles: Map<string, string>): SafetyAlertDto {
  const signals = row.signals ? (JSON.parse(row.signals) as Array<{ rule: string; category: string; evidence: string }>) : [];
  return {
    id: row.id,
    reason: row.reason as SafetyAlertDto['reason'],
    status: row.status as SafetyAlertDto['status'],
    member: row.member_id && row.member_handle ? { userId: row.member_id, handle: row.member_handle } : null,
    conversationId: row.conversation_id,
    message: row.assessed_source_id && row.excerpt !== null
      ? { id: row.assessed_source_id, body: row.excerpt, createdAt: row.assessed_at ?? row.created_at, source: row.assessed_source_type as TextSource }
      : null,
    signals: signals.map(({ rule, category, evidence }) => ({ rule, category, evidence })),
    escalationStep: row.escalation_step,
    escalateAt: row.escalate_at,
    acknowledgedBy: row.acknowledged_by_handle,
    acknowledgedAt: row.acknowledged_at,
    resolvedBy: row.resolved_by_handle,
    resolvedAt: row.resolved_at,
    resolutionNote: row.resolution_note,
    createdAt: row.created_at,
    events: events.filter((event) => event.alert_id === row.id).map((event) => ({
      kind: event.kind as SafetyAlertDto['events'][number]['kind'],
      actorHandle: event.actor_handle,
      note: event.note,
      notifiedHandles: (JSON.parse(event.notified) as string[]).flatMap((id) => (handles.has(id) ? [handles.get(id)!] : [])),
      at: event.created_at,
    })),
  };
}
