import { z } from 'zod';
import { crisisLineDto } from './crisis-lines.js';

export const riskLevels = ['none', 'concern', 'urgent'] as const;
export type RiskLevelName = (typeof riskLevels)[number];

/**
 * Shown privately to the author, at once, when their words suggest they may be struggling: crisis lines
 * that reach them, their own safety plan, and a way to reach a person now.
 */
export const supportCardDto = z.object({
  level: z.enum(['concern', 'urgent']),
  crisisLines: z.array(crisisLineDto),
  hasSafetyPlan: z.boolean(),
  /** Whether someone on the team can be reached now (someone on call, or else a supervisor). */
  talkNowAvailable: z.boolean(),
});
export type SupportCardDto = z.infer<typeof supportCardDto>;

export const alertReasons = ['urgent_message', 'urgent_text', 'talk_now'] as const;
/** Where assessed words were written: a chat message, or text elsewhere in a person's support. */
export const textSources = ['message', 'session_note', 'check_in', 'goal', 'closing_note', 'group_note'] as const;
export type TextSource = (typeof textSources)[number];
export const alertStatuses = ['open', 'acknowledged', 'resolved'] as const;

export const alertEventDto = z.object({
  kind: z.enum(['opened', 'notified', 'escalated', 'acknowledged', 'action', 'resolved']),
  actorHandle: z.string().nullable(),
  note: z.string().nullable(),
  notifiedHandles: z.array(z.string()),
  at: z.string(),
});

export const safetyAlertDto = z.object({
  id: z.string(),
  reason: z.enum(alertReasons),
  status: z.enum(alertStatuses),
  member: z.object({ userId: z.string(), handle: z.string() }).nullable(),
  conversationId: z.string().nullable(),
  /** The words that raised the alert, for the people who must act on them, and where they were written. */
  message: z.object({ id: z.string(), body: z.string(), createdAt: z.string(), source: z.enum(textSources) }).nullable(),
  signals: z.array(z.object({ rule: z.string(), category: z.string(), evidence: z.string() })),
  escalationStep: z.number().int(),
  escalateAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  createdAt: z.string(),
  events: z.array(alertEventDto),
});
export type SafetyAlertDto = z.infer<typeof safetyAlertDto>;

export const alertsQuery = z.object({ status: z.enum(['active', 'resolved']).default('active') });
export const alertNoteInput = z.object({ note: z.string().trim().min(3, { error: 'required' }).max(2000, { error: 'too_long' }) });
export const talkNowInput = z.object({ note: z.string().trim().max(1000, { error: 'too_long' }).default('') });

export const onCallShiftDto = z.object({
  id: z.string(),
  userId: z.string(),
  handle: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  position: z.number().int(),
});
export type OnCallShiftDto = z.infer<typeof onCallShiftDto>;

export const onCallShiftInput = z
  .object({
    userId: z.string().min(1).max(64),
    startsAt: z.iso.datetime({ offset: true, error: 'datetime_invalid' }),
    endsAt: z.iso.datetime({ offset: true, error: 'datetime_invalid' }),
    position: z.number().int().min(1).max(100).default(1),
  })
  // Only judged when both times are valid, so a missing start is not also reported as a backwards shift.
  .refine((shift) => !(Date.parse(shift.startsAt) >= Date.parse(shift.endsAt)), { path: ['endsAt'], error: 'shift_ends_before_start' });

/** A message a supporter or moderator should look at: concern about someone in their care. */
export const concernDto = z.object({
  assessmentId: z.string(),
  level: z.enum(['concern', 'urgent']),
  /** Set when the words were a chat message; other sources have no conversation to open. */
  conversationId: z.string().nullable(),
  messageId: z.string(),
  source: z.enum(textSources),
  authorHandle: z.string().nullable(),
  body: z.string(),
  signals: z.array(z.object({ rule: z.string(), category: z.string(), evidence: z.string() })),
  createdAt: z.string(),
});
export type ConcernDto = z.infer<typeof concernDto>;
