import type { ModerationNoticeDto, MyReportDto, QueuedReportDto } from '../../../shared/contracts/reports.js';
import type { ReportsTable } from '../../platform/db/schema.js';
import type { ReportView } from './reports.repo.js';

type ReportRow = Omit<ReportsTable, never>;

export function presentMyReport(row: ReportView): MyReportDto {
  return {
    id: row.id,
    subjectType: row.subject_type as MyReportDto['subjectType'],
    reason: row.reason as MyReportDto['reason'],
    status: row.status as MyReportDto['status'],
    outcome: row.outcome as MyReportDto['outcome'],
    reportedHandle: row.reported_user_id ? row.reported_handle : null,
    review: row.appeal_outcome as MyReportDto['review'],
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

export function presentNotice(row: ReportRow, suspendedUntil: string | null): ModerationNoticeDto {
  return {
    reportId: row.id,
    outcome: row.outcome as ModerationNoticeDto['outcome'],
    note: row.decision_note ?? '',
    excerpt: row.excerpt,
    decidedAt: row.decided_at!,
    suspendedUntil,
    canAppeal: row.appealed_at === null,
    appeal: row.appeal_text && row.appealed_at
      ? { text: row.appeal_text, at: row.appealed_at, outcome: row.appeal_outcome as 'upheld' | 'overturned' | null, note: row.appeal_note }
      : null,
  };
}

export function presentQueued(row: ReportView, priorReports: number): QueuedReportDto {
  return {
    id: row.id,
    subjectType: row.subject_type as QueuedReportDto['subjectType'],
    reason: row.reason as QueuedReportDto['reason'],
    details: row.details,
    excerpt: row.excerpt,
    conversationId: row.conversation_id,
    messageId: row.message_id,
    reportedUser: row.reported_user_id && row.reported_handle ? { userId: row.reported_user_id, handle: row.reported_handle } : null,
    reporterHandle: row.reporter_handle,
    priorReports,
    status: row.status as QueuedReportDto['status'],
    outcome: row.outcome as QueuedReportDto['outcome'],
    decisionNote: row.decision_note,
    appeal: row.appeal_text && row.appealed_at ? { text: row.appeal_text, at: row.appealed_at, outcome: row.appeal_outcome as 'upheld' | 'overturned' | null } : null,
    createdAt: row.created_at,
  };
}
