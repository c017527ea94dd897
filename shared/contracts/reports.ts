import { z } from 'zod';

export const reportReasons = ['unkind_or_harassing', 'hateful', 'worried_about_them', 'spam_or_selling', 'contact_details', 'other'] as const;
export const reportOutcomes = ['dismissed', 'hidden', 'warned', 'suspended'] as const;
export type ReportOutcome = (typeof reportOutcomes)[number];

const isObject = (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null;

export const createReportInput = z
  .object({
    subjectType: z.enum(['message', 'user']),
    conversationId: z.string().min(1).max(64).optional(),
    messageId: z.string().min(1).max(64).optional(),
    userId: z.string().min(1).max(64).optional(),
    reason: z.enum(reportReasons, { error: 'reason_required' }),
    details: z.string().trim().max(1000, { error: 'too_long' }).default(''),
  })
  // Checked even when another field is wrong too, so a form can name everything missing at once.
  .refine((r) => r.subjectType !== 'message' || (r.conversationId && r.messageId), { path: ['messageId'], error: 'required', when: isObject })
  .refine((r) => r.subjectType !== 'user' || r.userId, { path: ['userId'], error: 'person_required', when: isObject });
export type CreateReportInput = z.input<typeof createReportInput>;

/** What the reporter sees: what happened, never who decided. */
export const myReportDto = z.object({
  id: z.string(),
  subjectType: z.enum(['message', 'user']),
  reason: z.enum(reportReasons),
  status: z.enum(['open', 'closed']),
  outcome: z.enum(reportOutcomes).nullable(),
  /** The person the report is about, as the reporter already knows them; null once their account is gone. */
  reportedHandle: z.string().nullable(),
  /** When the decision was looked at again on the person's appeal: kept, or reversed (the action undone). */
  review: z.enum(['upheld', 'overturned']).nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type MyReportDto = z.infer<typeof myReportDto>;

/** What the reported person sees: the decision, its reason and their appeal; never who reported them. */
export const moderationNoticeDto = z.object({
  reportId: z.string(),
  outcome: z.enum(['hidden', 'warned', 'suspended']),
  note: z.string(),
  excerpt: z.string().nullable(),
  decidedAt: z.string(),
  /** When a suspension ends: a date, 'indefinite' until lifted on appeal, or null once lifted (or not a suspension). */
  suspendedUntil: z.string().nullable(),
  canAppeal: z.boolean(),
  appeal: z.object({ text: z.string(), at: z.string(), outcome: z.enum(['upheld', 'overturned']).nullable(), note: z.string().nullable() }).nullable(),
});
export type ModerationNoticeDto = z.infer<typeof moderationNoticeDto>;

export const queuedReportDto = z.object({
  id: z.string(),
  subjectType: z.enum(['message', 'user']),
  reason: z.enum(reportReasons),
  details: z.string(),
  excerpt: z.string().nullable(),
  conversationId: z.string().nullable(),
  messageId: z.string().nullable(),
  reportedUser: z.object({ userId: z.string(), handle: z.string() }).nullable(),
  reporterHandle: z.string().nullable(),
  /** Earlier decided reports about the same person, for context. */
  priorReports: z.number().int(),
  status: z.enum(['open', 'closed']),
  outcome: z.enum(reportOutcomes).nullable(),
  decisionNote: z.string().nullable(),
  appeal: z.object({ text: z.string(), at: z.string(), outcome: z.enum(['upheld', 'overturned']).nullable() }).nullable(),
  createdAt: z.string(),
});
export type QueuedReportDto = z.infer<typeof queuedReportDto>;

export const moderationQueueQuery = z.object({ view: z.enum(['open', 'appeals', 'closed']).default('open') });

export const decideReportInput = z
  .object({
    outcome: z.enum(reportOutcomes),
    note: z.string().trim().min(3, { error: 'required' }).max(1000, { error: 'too_long' }),
    /** Suspensions end after this many days; without it they last until lifted on appeal. */
    suspendDays: z.number().int().min(1).max(365).nullable().default(null),
  });
export const appealInput = z.object({ text: z.string().trim().min(3, { error: 'required' }).max(2000, { error: 'too_long' }) });
export const decideAppealInput = z.object({
  outcome: z.enum(['upheld', 'overturned']),
  note: z.string().trim().min(3, { error: 'required' }).max(1000, { error: 'too_long' }),
});
