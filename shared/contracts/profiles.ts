import { z } from 'zod';
import { handleSchema } from './accounts.js';
import {
  AGE_RANGES,
  MEETING_MODES,
  SENSITIVE_FIELDS,
  SUPPORTER_STATUSES,
  VISIBILITIES,
} from '../vocabularies/profile-values.js';
import { canonicalLanguageTag, isCountryCode, isTimeZone } from '../vocabularies/intl-checks.js';
import { TOPIC_KEY_PATTERN } from '../vocabularies/topics.js';

export const visibilitySchema = z.enum(VISIBILITIES);
export const ageRangeSchema = z.enum(AGE_RANGES);
export const meetingModeSchema = z.enum(MEETING_MODES);
export const supporterStatusSchema = z.enum(SUPPORTER_STATUSES);

const shortText = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max, { error: 'too_long' });
const optionalText = (max: number) =>
  z.string().trim().max(max, { error: 'too_long' }).transform((value) => value || null).nullable();

function uniqueList<T extends z.ZodType<string>>(item: T, max: number) {
  return z
    .array(item)
    .max(max, { error: 'too_many' })
    .refine((values) => new Set(values).size === values.length, { error: 'duplicate' });
}

export const topicKeySchema = z.string().regex(TOPIC_KEY_PATTERN, { error: 'topic_unknown' });

export const languageTagSchema = z.string().max(35).transform((value, ctx) => {
  const canonical = canonicalLanguageTag(value);
  if (!canonical) {
    ctx.issues.push({ code: 'custom', message: 'language_unknown', input: value });
    return z.NEVER;
  }
  return canonical;
});

/** Quarter hours, so shared availability is counted exactly across time zones. */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):(00|15|30|45)$|^24:00$/, { error: 'time_invalid' });

export const availabilityWindowSchema = z
  .object({ day: z.number().int().min(0).max(6), start: timeOfDay, end: timeOfDay })
  .refine((window) => window.end > window.start, { error: 'window_end_before_start', path: ['end'] });
export type AvailabilityWindow = z.infer<typeof availabilityWindowSchema>;

/** Windows on the same day may touch but not overlap. */
export const availabilitySchema = z
  .array(availabilityWindowSchema)
  .max(28, { error: 'too_many' })
  .superRefine((windows, ctx) => {
    windows.forEach((window, index) => {
      const overlaps = windows.some(
        (other, otherIndex) => otherIndex < index && other.day === window.day && other.start < window.end && window.start < other.end,
      );
      if (overlaps) ctx.addIssue({ code: 'custom', message: 'window_overlap', path: [index] });
    });
  });

export const profileVisibilitySchema = z.object(
  Object.fromEntries(SENSITIVE_FIELDS.map((field) => [field, visibilitySchema.default('only_me')])) as Record<
    (typeof SENSITIVE_FIELDS)[number],
    z.ZodDefault<typeof visibilitySchema>
  >,
);

export const profileInput = z.object({
  handle: handleSchema,
  firstName: optionalText(50).default(null),
  pronouns: optionalText(40).default(null),
  ageRange: ageRangeSchema.nullable().default(null),
  country: z.string().refine(isCountryCode, { error: 'country_unknown' }).nullable().default(null),
  timeZone: z.string().max(64).refine(isTimeZone, { error: 'time_zone_unknown' }).nullable().default(null),
  languages: uniqueList(languageTagSchema, 10).default([]),
  topics: uniqueList(topicKeySchema, 20).default([]),
  interests: uniqueList(shortText(40), 20).default([]),
  identities: uniqueList(shortText(40), 10).default([]),
  meetingModes: uniqueList(meetingModeSchema, 4).default([]),
  availability: availabilitySchema.default([]),
  visibility: profileVisibilitySchema.default({
    firstName: 'only_me', pronouns: 'only_me', ageRange: 'only_me', location: 'only_me', topics: 'only_me', identities: 'only_me', interests: 'only_me',
  }),
});
export type ProfileInput = z.input<typeof profileInput>;
export type ValidProfile = z.output<typeof profileInput>;

export const supporterProfileDto = z.object({
  story: z.string().nullable(),
  storyVisibility: visibilitySchema,
  supportTopics: z.array(z.string()),
  capacity: z.number().int(),
  status: supporterStatusSchema,
  acceptingNew: z.boolean(),
  trainingCompletedAt: z.string().nullable(),
});
export type SupporterProfileDto = z.infer<typeof supporterProfileDto>;

/** The owner's own view: every field with its visibility setting. */
export const ownProfileDto = z.object({
  userId: z.string(),
  handle: z.string(),
  firstName: z.string().nullable(),
  pronouns: z.string().nullable(),
  ageRange: ageRangeSchema.nullable(),
  country: z.string().nullable(),
  timeZone: z.string().nullable(),
  languages: z.array(z.string()),
  topics: z.array(z.string()),
  interests: z.array(z.string()),
  identities: z.array(z.string()),
  meetingModes: z.array(meetingModeSchema),
  availability: z.array(availabilityWindowSchema),
  visibility: z.object(Object.fromEntries(SENSITIVE_FIELDS.map((f) => [f, visibilitySchema])) as Record<(typeof SENSITIVE_FIELDS)[number], typeof visibilitySchema>),
  supporter: supporterProfileDto.nullable(),
});
export type OwnProfileDto = z.infer<typeof ownProfileDto>;

/** What another person sees: fields they may not see are absent. */
export const shownProfileDto = z.object({
  userId: z.string(),
  handle: z.string(),
  firstName: z.string().nullable().optional(),
  pronouns: z.string().nullable().optional(),
  ageRange: ageRangeSchema.nullable().optional(),
  country: z.string().nullable().optional(),
  timeZone: z.string().nullable().optional(),
  languages: z.array(z.string()),
  topics: z.array(z.string()).optional(),
  interests: z.array(z.string()).optional(),
  identities: z.array(z.string()).optional(),
  meetingModes: z.array(meetingModeSchema),
  availability: z.array(availabilityWindowSchema).optional(),
  supporter: z
    .object({
      story: z.string().nullable().optional(),
      supportTopics: z.array(z.string()),
      acceptingNew: z.boolean(),
      active: z.boolean(),
    })
    .nullable(),
});
export type ShownProfileDto = z.infer<typeof shownProfileDto>;

export const previewQuery = z.object({ as: z.enum(['my_supporters', 'members']) });

export const supporterSettingsInput = z.object({
  story: optionalText(4000).default(null),
  storyVisibility: visibilitySchema.default('only_me'),
  supportTopics: uniqueList(topicKeySchema, 20).default([]),
  capacity: z.number().int().min(1, { error: 'capacity_range' }).max(20, { error: 'capacity_range' }).default(5),
  acceptingNew: z.boolean().default(true),
  paused: z.boolean().default(false),
});
export type SupporterSettingsInput = z.input<typeof supporterSettingsInput>;

export const supporterApplicationInput = z.object({
  story: shortText(4000),
  motivation: shortText(2000),
  supportTopics: uniqueList(topicKeySchema, 20).min(1, { error: 'required' }),
});
export type SupporterApplicationInput = z.input<typeof supporterApplicationInput>;

export const APPLICATION_STATUSES = ['pending', 'approved', 'declined'] as const;

export const supporterApplicationDto = z.object({
  id: z.string(),
  userId: z.string(),
  handle: z.string(),
  story: z.string(),
  motivation: z.string(),
  supportTopics: z.array(z.string()),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type SupporterApplicationDto = z.infer<typeof supporterApplicationDto>;

export const applicationDecisionInput = z.object({ note: optionalText(1000).default(null) });
export const supporterStatusInput = z.object({ status: supporterStatusSchema });

export const topicDto = z.object({
  key: z.string(),
  labels: z.object({ en: z.string(), es: z.string() }),
  builtIn: z.boolean(),
});
export type TopicDto = z.infer<typeof topicDto>;

export const topicInput = z.object({
  key: z.string().regex(TOPIC_KEY_PATTERN, { error: 'topic_key_format' }),
  labelEn: shortText(60),
  labelEs: shortText(60),
});
export type TopicInput = z.input<typeof topicInput>;

export const supporterSummaryDto = z.object({
  userId: z.string(),
  handle: z.string(),
  status: supporterStatusSchema,
  capacity: z.number().int(),
  acceptingNew: z.boolean(),
  trainingCompletedAt: z.string().nullable(),
});
export type SupporterSummaryDto = z.infer<typeof supporterSummaryDto>;
