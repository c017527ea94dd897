import { z } from 'zod';
import { MEETING_MODES } from '../vocabularies/profile-values.js';
import { languageTagSchema, meetingModeSchema, topicKeySchema } from './profiles.js';

const label = z.string().trim().min(1, { error: 'required' }).max(40, { error: 'too_long' });

export const supportRequestInput = z
  .object({
    topics: z.array(topicKeySchema).min(1, { error: 'required' }).max(10, { error: 'too_many' }),
    primaryTopic: topicKeySchema.nullable().default(null),
    note: z.string().trim().max(2000, { error: 'too_long' }).transform((v) => v || null).nullable().default(null),
    languages: z.array(languageTagSchema).min(1, { error: 'required' }).max(5, { error: 'too_many' }),
    /** Genders or identities of a supporter the member would feel safest with; any one is enough. */
    supporterIdentities: z.array(label).max(5, { error: 'too_many' }).default([]),
    /** Communities or cultures the member would like to share with their supporter. */
    communities: z.array(label).max(5, { error: 'too_many' }).default([]),
    meetingModes: z.array(meetingModeSchema).min(1, { error: 'required' }).max(MEETING_MODES.length),
  })
  .refine((input) => !input.primaryTopic || input.topics.includes(input.primaryTopic), {
    error: 'primary_topic_not_listed',
    path: ['primaryTopic'],
  });
export type SupportRequestInput = z.input<typeof supportRequestInput>;
export type ValidSupportRequest = z.output<typeof supportRequestInput>;

export const PERIODS = ['mornings', 'afternoons', 'evenings', 'nights'] as const;

export const matchReasonDto = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topics'), topics: z.array(z.string()), primary: z.boolean() }),
  z.object({ kind: z.literal('languages'), languages: z.array(z.string()) }),
  z.object({ kind: z.literal('identities'), identities: z.array(z.string()) }),
  z.object({ kind: z.literal('communities'), communities: z.array(z.string()) }),
  z.object({ kind: z.literal('availability'), minutesPerWeek: z.number().int(), periods: z.array(z.enum(PERIODS)) }),
  z.object({ kind: z.literal('interests'), interests: z.array(z.string()) }),
  z.object({ kind: z.literal('meeting'), modes: z.array(meetingModeSchema) }),
]);
export type MatchReason = z.infer<typeof matchReasonDto>;

export const suggestionDto = z.object({
  supporterId: z.string(),
  handle: z.string(),
  story: z.string().nullable(),
  score: z.number(),
  reasons: z.array(matchReasonDto),
});
export type SuggestionDto = z.infer<typeof suggestionDto>;

export const OFFER_STATUSES = ['proposed', 'pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;

export const offerDto = z.object({
  id: z.string(),
  requestId: z.string(),
  memberId: z.string(),
  memberHandle: z.string(),
  supporterId: z.string(),
  supporterHandle: z.string(),
  status: z.enum(OFFER_STATUSES),
  reasons: z.array(matchReasonDto),
  note: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  respondedAt: z.string().nullable(),
});
export type OfferDto = z.infer<typeof offerDto>;

export const REQUEST_STATUSES = ['open', 'matched', 'cancelled'] as const;

export const supportRequestDto = z.object({
  id: z.string(),
  status: z.enum(REQUEST_STATUSES),
  topics: z.array(z.string()),
  primaryTopic: z.string().nullable(),
  note: z.string().nullable(),
  languages: z.array(z.string()),
  supporterIdentities: z.array(z.string()),
  communities: z.array(z.string()),
  meetingModes: z.array(meetingModeSchema),
  createdAt: z.string(),
  offers: z.array(offerDto),
});
export type SupportRequestDto = z.infer<typeof supportRequestDto>;

/** When nobody fits, say which preference to relax and how many supporters that would open up. */
export const relaxOptionDto = z.object({
  preference: z.enum(['supporterIdentities', 'meetingModes', 'languages']),
  wouldFind: z.number().int(),
});

export const suggestionsDto = z.object({
  suggestions: z.array(suggestionDto),
  relax: z.array(relaxOptionDto),
});
export type SuggestionsDto = z.infer<typeof suggestionsDto>;

export const chooseInput = z.object({ supporterId: z.string().min(1).max(64) });
export const declineInput = z.object({ reason: z.string().trim().max(1000, { error: 'too_long' }).transform((v) => v || null).nullable().default(null) });
export const endRelationshipInput = z.object({ reason: z.string().trim().min(1, { error: 'required' }).max(1000, { error: 'too_long' }) });

export const relationshipDto = z.object({
  id: z.string(),
  memberId: z.string(),
  memberHandle: z.string(),
  supporterId: z.string(),
  supporterHandle: z.string(),
  status: z.enum(['active', 'ended']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  endReason: z.string().nullable(),
});
export type RelationshipDto = z.infer<typeof relationshipDto>;

export const matchingWeightsSchema = z.object({
  sharedTopic: z.number().min(0).max(100),
  primaryTopic: z.number().min(0).max(100),
  community: z.number().min(0).max(100),
  availabilityHour: z.number().min(0).max(100),
  interest: z.number().min(0).max(100),
  spareCapacity: z.number().min(0).max(100),
  waitingDay: z.number().min(0).max(100),
  offerHours: z.number().int().min(1).max(24 * 14),
});
export type MatchingWeights = z.infer<typeof matchingWeightsSchema>;

/** Where every program starts; admins tune them under Admin, then Matching. */
export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  sharedTopic: 3,
  primaryTopic: 4,
  community: 2,
  availabilityHour: 0.5,
  interest: 1,
  spareCapacity: 2,
  waitingDay: 0.1,
  offerHours: 48,
};

export const intakeProposalDto = z.object({
  requestId: z.string(),
  memberId: z.string(),
  memberHandle: z.string(),
  supporterId: z.string(),
  supporterHandle: z.string(),
  score: z.number(),
  reasons: z.array(matchReasonDto),
});
export type IntakeProposalDto = z.infer<typeof intakeProposalDto>;

export const intakePlanDto = z.object({
  proposals: z.array(intakeProposalDto),
  unplaced: z.array(z.object({ requestId: z.string(), memberHandle: z.string() })),
});
export type IntakePlanDto = z.infer<typeof intakePlanDto>;

export const intakeConfirmInput = z.object({
  assignments: z.array(z.object({ requestId: z.string().min(1).max(64), supporterId: z.string().min(1).max(64) })).min(1, { error: 'required' }).max(10_000),
});

export const intakeConfirmDto = z.object({
  proposed: z.number().int(),
  skipped: z.array(z.object({ requestId: z.string(), code: z.string() })),
});
