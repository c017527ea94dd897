import { z } from 'zod';
import { supportCardDto } from './safety.js';

export const meetingModes = ['chat', 'call', 'video', 'in_person'] as const;
export const checkInStatuses = ['planned', 'happened', 'missed', 'cancelled'] as const;
export const planStatuses = ['proposed', 'agreed', 'replaced', 'declined', 'ended'] as const;
export const relationshipRoles = ['member', 'supporter', 'supervisor'] as const;

const shortText = (max: number) => z.string().trim().max(max);
const isoInstant = z.iso.datetime({ offset: true });
const meetingDetail = shortText(300).nullable().optional();

export const checkInPlanInput = z.object({
  /** An RFC 5545 RRULE value: FREQ=WEEKLY, FREQ=WEEKLY;INTERVAL=2, or any custom rule at most daily. */
  rule: z.string().trim().min(1).max(300),
  /** First meeting on the wall clock of `timeZone`: YYYY-MM-DDTHH:mm. */
  startsLocal: z.string().trim().max(16),
  /** Defaults to the proposer's profile time zone. */
  timeZone: z.string().trim().min(1).max(64).optional(),
  durationMinutes: z.number().int().min(10).max(240).default(45),
  meetingMode: z.enum(meetingModes),
  /** A video link, phone arrangement or meeting place. */
  meetingDetail,
});
export type CheckInPlanInput = z.input<typeof checkInPlanInput>;

export const checkInPlanDto = z.object({
  id: z.string(),
  rule: z.string(),
  startsLocal: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  meetingMode: z.enum(meetingModes),
  meetingDetail: z.string().nullable(),
  status: z.enum(planStatuses),
  proposedBy: z.enum(['member', 'supporter']).nullable(),
  agreedAt: z.string().nullable(),
  /** The next few meetings this plan gives, so both can see what they are agreeing to. */
  preview: z.array(z.string()),
});
export type CheckInPlanDto = z.infer<typeof checkInPlanDto>;

export const oneOffCheckInInput = z.object({
  plannedAt: isoInstant,
  durationMinutes: z.number().int().min(10).max(240).default(45),
  meetingMode: z.enum(meetingModes),
  meetingDetail,
});

export const rescheduleCheckInInput = z.object({
  plannedAt: isoInstant.optional(),
  meetingMode: z.enum(meetingModes).optional(),
  meetingDetail,
  cancel: z.boolean().optional(),
});

export const checkInOutcomeInput = z.object({
  happened: z.boolean(),
  /** The member's own mood check, 1 (very low) to 5 (very good); members only. */
  mood: z.number().int().min(1).max(5).nullable().optional(),
  moodWords: shortText(200).nullable().optional(),
  talkedAbout: shortText(2000).nullable().optional(),
});

export const checkInDto = z.object({
  id: z.string(),
  relationshipId: z.string(),
  plannedAt: z.string(),
  durationMinutes: z.number().int(),
  meetingMode: z.enum(meetingModes),
  meetingDetail: z.string().nullable(),
  status: z.enum(checkInStatuses),
  fromPlan: z.boolean(),
  markedBy: z.enum(['member', 'supporter']).nullable(),
  markedAt: z.string().nullable(),
  mood: z.number().int().nullable(),
  moodWords: z.string().nullable(),
  talkedAbout: z.string().nullable(),
  /** Whether the member has given feedback on it (the answers themselves are never shown to the supporter). */
  feedbackGiven: z.boolean(),
});
export type CheckInDto = z.infer<typeof checkInDto>;

export const checkInResponse = z.object({ checkIn: checkInDto, supportCard: supportCardDto.nullable() });

export const feedbackInput = z.object({
  feltHeard: z.number().int().min(1).max(5),
  workedOnWhatIWanted: z.number().int().min(1).max(5),
  wayWeTalkedSuitedMe: z.number().int().min(1).max(5),
  overall: z.number().int().min(1).max(5),
});

export const feedbackTrendDto = z.object({
  supporterId: z.string(),
  supporterHandle: z.string(),
  /** Months with fewer answers than this are folded into "too few to show", so no single answer can be read off. */
  minimumAnswers: z.number().int(),
  months: z.array(z.object({
    month: z.string(),
    answers: z.number().int(),
    feltHeard: z.number(),
    workedOnWhatIWanted: z.number(),
    wayWeTalkedSuitedMe: z.number(),
    overall: z.number(),
  })),
  answersNotShown: z.number().int(),
});
export type FeedbackTrendDto = z.infer<typeof feedbackTrendDto>;

export const sessionNoteInput = z.object({
  body: z.string().trim().min(1).max(5000),
  checkInId: z.string().min(1).max(64).nullable().optional(),
  sharedWithMember: z.boolean().default(false),
});
export const sessionNoteUpdate = z.object({
  body: z.string().trim().min(1).max(5000).optional(),
  sharedWithMember: z.boolean().optional(),
});

export const sessionNoteDto = z.object({
  id: z.string(),
  checkInId: z.string().nullable(),
  authorHandle: z.string().nullable(),
  body: z.string(),
  sharedWithMember: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionNoteDto = z.infer<typeof sessionNoteDto>;

export const closingNoteInput = z.object({ note: z.string().trim().min(1).max(2000) });
export const closingNoteDto = z.object({ authorRole: z.enum(['member', 'supporter']), note: z.string(), createdAt: z.string() });

export const relationshipSummaryDto = z.object({
  id: z.string(),
  status: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  myRole: z.enum(relationshipRoles),
  member: z.object({ handle: z.string(), timeZone: z.string() }),
  supporter: z.object({ handle: z.string(), timeZone: z.string() }),
  /** The rhythm both agreed on, and a proposal waiting for an answer (either may be absent). */
  agreedPlan: checkInPlanDto.nullable(),
  proposedPlan: checkInPlanDto.nullable(),
  upcoming: z.array(checkInDto),
  history: z.array(checkInDto),
  closingNotes: z.array(closingNoteDto),
});
export type RelationshipSummaryDto = z.infer<typeof relationshipSummaryDto>;

export const calendarFeedDto = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  /** Only in the answer that creates the link: the token is stored hashed and cannot be shown again. */
  url: z.string().optional(),
});

export const supervisionAssignmentInput = z.object({ supporterId: z.string().min(1).max(64), supervisorId: z.string().min(1).max(64) });
export const supervisionAssignmentDto = z.object({
  supporterId: z.string(), supporterHandle: z.string(), supervisorId: z.string(), supervisorHandle: z.string(), createdAt: z.string(),
});
