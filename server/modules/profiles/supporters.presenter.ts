import type { SupporterApplicationDto } from '../../../shared/contracts/profiles.js';
import type { SupporterProfile } from './profile.model.js';
import type { ApplicationRow } from './supporters.repo.js';

export function presentApplication(row: ApplicationRow, handle: string): SupporterApplicationDto {
  return {
    id: row.id,
    userId: row.user_id,
    handle,
    story: row.story,
    motivation: row.motivation,
    supportTopics: JSON.parse(row.support_topics),
    status: row.status as SupporterApplicationDto['status'],
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
  };
}

export function presentSupporterSummary(userId: string, handle: string, supporter: SupporterProfile) {
  return {
    userId,
    handle,
    status: supporter.status,
    capacity: supporter.capacity,
    acceptingNew: supporter.acceptingNew,
    trainingCompletedAt: supporter.trainingCompletedAt,
  };
}
