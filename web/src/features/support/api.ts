import { z } from 'zod';
import { supportCardDto } from '../../../../shared/contracts/safety.js';
import {
  calendarFeedDto,
  checkInDto,
  checkInPlanDto,
  checkInResponse,
  feedbackTrendDto,
  relationshipSummaryDto,
  sessionNoteDto,
  supervisionAssignmentDto,
  type CheckInPlanInput,
  type FeedbackTrendDto,
  type RelationshipSummaryDto,
  type SessionNoteDto,
} from '../../../../shared/contracts/support.js';
import { getJson, send, sendJson } from '../../lib/http.js';

const relationshipPath = (relationshipId: string) => `/api/relationships/${encodeURIComponent(relationshipId)}`;
const checkInPath = (checkInId: string) => `/api/check-ins/${encodeURIComponent(checkInId)}`;

const planResponse = z.object({ plan: checkInPlanDto });
const checkInOnly = z.object({ checkIn: checkInDto });
const notesResponse = z.object({ notes: z.array(sessionNoteDto) });
const noteResponse = z.object({ note: sessionNoteDto });
const closingResponse = z.object({ supportCard: supportCardDto.nullable() });
const assignmentsResponse = z.object({ assignments: z.array(supervisionAssignmentDto) });

export type CheckInResponse = z.infer<typeof checkInResponse>;
export type CalendarFeed = z.infer<typeof calendarFeedDto>;
export type SupervisionAssignment = z.infer<typeof supervisionAssignmentDto>;
export type { FeedbackTrendDto, RelationshipSummaryDto, SessionNoteDto };

export function fetchRelationshipSummary(relationshipId: string): Promise<RelationshipSummaryDto> {
  return getJson(`${relationshipPath(relationshipId)}/support`, relationshipSummaryDto);
}

export async function proposePlan({ relationshipId, plan }: { relationshipId: string; plan: CheckInPlanInput }) {
  return (await sendJson('PUT', `${relationshipPath(relationshipId)}/check-in-plan`, planResponse, plan)).plan;
}

export async function answerPlan({ relationshipId, planId, agree }: { relationshipId: string; planId: string; agree: boolean }) {
  const path = `${relationshipPath(relationshipId)}/check-in-plan/${encodeURIComponent(planId)}/${agree ? 'agree' : 'decline'}`;
  return (await sendJson('POST', path, planResponse)).plan;
}

export function endPlan(relationshipId: string): Promise<void> {
  return send('DELETE', `${relationshipPath(relationshipId)}/check-in-plan`);
}

export interface OneOffBody {
  plannedAt: string;
  durationMinutes: number;
  meetingMode: string;
  meetingDetail: string | null;
}

export async function addOneOff({ relationshipId, checkIn }: { relationshipId: string; checkIn: OneOffBody }) {
  return (await sendJson('POST', `${relationshipPath(relationshipId)}/check-ins`, checkInOnly, checkIn)).checkIn;
}

export interface CheckInChange {
  plannedAt?: string;
  meetingMode?: string;
  meetingDetail?: string | null;
  cancel?: boolean;
}

export async function changeCheckIn({ checkInId, changes }: { checkInId: string; changes: CheckInChange }) {
  return (await sendJson('PATCH', checkInPath(checkInId), checkInOnly, changes)).checkIn;
}

export interface OutcomeBody {
  happened: boolean;
  mood?: number | null;
  moodWords?: string | null;
  talkedAbout?: string | null;
}

export function recordOutcome({ checkInId, outcome }: { checkInId: string; outcome: OutcomeBody }): Promise<CheckInResponse> {
  return sendJson('POST', `${checkInPath(checkInId)}/outcome`, checkInResponse, outcome);
}

export interface FeedbackBody {
  feltHeard: number;
  workedOnWhatIWanted: number;
  wayWeTalkedSuitedMe: number;
  overall: number;
}

export function giveFeedback({ checkInId, feedback }: { checkInId: string; feedback: FeedbackBody }): Promise<void> {
  return send('POST', `${checkInPath(checkInId)}/feedback`, feedback);
}

export async function fetchNotes(relationshipId: string): Promise<SessionNoteDto[]> {
  return (await getJson(`${relationshipPath(relationshipId)}/notes`, notesResponse)).notes;
}

export async function writeNote({ relationshipId, note }: { relationshipId: string; note: { body: string; checkInId: string | null; sharedWithMember: boolean } }) {
  return (await sendJson('POST', `${relationshipPath(relationshipId)}/notes`, noteResponse, note)).note;
}

export async function updateNote({ noteId, changes }: { noteId: string; changes: { body?: string; sharedWithMember?: boolean } }) {
  return (await sendJson('PATCH', `/api/notes/${encodeURIComponent(noteId)}`, noteResponse, changes)).note;
}

export function writeClosingNote({ relationshipId, note }: { relationshipId: string; note: string }) {
  return sendJson('POST', `${relationshipPath(relationshipId)}/closing-note`, closingResponse, { note });
}

export function fetchCalendarFeed(): Promise<CalendarFeed> {
  return getJson('/api/me/calendar-feed', calendarFeedDto);
}

export function createCalendarFeed(): Promise<CalendarFeed> {
  return sendJson('POST', '/api/me/calendar-feed', calendarFeedDto);
}

export function turnOffCalendarFeed(): Promise<void> {
  return send('DELETE', '/api/me/calendar-feed');
}

export function fetchMyFeedbackTrend(): Promise<FeedbackTrendDto> {
  return getJson('/api/me/feedback-trend', feedbackTrendDto);
}

export async function fetchSupervisedSupporters(): Promise<SupervisionAssignment[]> {
  return (await getJson('/api/supervision/supporters', assignmentsResponse)).assignments;
}

export function fetchSupporterTrend(supporterId: string): Promise<FeedbackTrendDto> {
  return getJson(`/api/supervision/supporters/${encodeURIComponent(supporterId)}/feedback-trend`, feedbackTrendDto);
}

export async function fetchSupervisionAssignments(): Promise<SupervisionAssignment[]> {
  return (await getJson('/api/admin/supervision', assignmentsResponse)).assignments;
}

export function assignSupervisor(assignment: { supporterId: string; supervisorId: string }): Promise<void> {
  return send('POST', '/api/admin/supervision', assignment);
}

export function unassignSupervisor({ supporterId, supervisorId }: { supporterId: string; supervisorId: string }): Promise<void> {
  return send('DELETE', `/api/admin/supervision/${encodeURIComponent(supporterId)}/${encodeURIComponent(supervisorId)}`);
}
