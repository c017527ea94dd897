import type { CheckInDto, CheckInPlanDto } from '../../../shared/contracts/support.js';
import type { CheckInRow, PlanRow } from './check-ins.repo.js';
import type { RelationshipRow } from './support.repo.js';

/** 'member' or 'supporter' for someone in the relationship; null for anyone else (a deleted account). */
export function sideOf(relationship: RelationshipRow, userId: string | null): 'member' | 'supporter' | null {
  if (userId === relationship.member_id) return 'member';
  if (userId === relationship.supporter_id) return 'supporter';
  return null;
}

export function presentPlan(row: PlanRow, relationship: RelationshipRow, preview: Date[]): CheckInPlanDto {
  return {
    id: row.id,
    rule: row.rrule,
    startsLocal: row.starts_local,
    timeZone: row.time_zone,
    durationMinutes: row.duration_minutes,
    meetingMode: row.meeting_mode as CheckInPlanDto['meetingMode'],
    meetingDetail: row.meeting_detail,
    status: row.status as CheckInPlanDto['status'],
    proposedBy: sideOf(relationship, row.proposed_by),
    agreedAt: row.agreed_at,
    preview: preview.map((date) => date.toISOString()),
  };
}

/** Mood words and what was talked about are the pair's own; supervisors read them through the same view. */
export function presentCheckIn(row: CheckInRow, relationship: RelationshipRow): CheckInDto {
  return {
    id: row.id,
    relationshipId: row.relationship_id,
    plannedAt: row.planned_at,
    durationMinutes: row.duration_minutes,
    meetingMode: row.meeting_mode as CheckInDto['meetingMode'],
    meetingDetail: row.meeting_detail,
    status: row.status as CheckInDto['status'],
    fromPlan: row.plan_id !== null,
    markedBy: sideOf(relationship, row.marked_by),
    markedAt: row.marked_at,
    mood: row.mood,
    moodWords: row.mood_words,
    talkedAbout: row.talked_about,
    feedbackGiven: Boolean(row.feedback_given),
  };
}
