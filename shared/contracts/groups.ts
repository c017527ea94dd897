import { z } from 'zod';
import { languageTagSchema } from './profiles.js';
import { TOPIC_KEY_PATTERN } from '../vocabularies/topics.js';

export const GROUP_FORMATS = ['online', 'in_person', 'hybrid'] as const;
export const GROUP_LISTINGS = ['public', 'invitation'] as const;
export const GROUP_STATUSES = ['active', 'archived'] as const;
export const FACILITATOR_ROLES = ['lead', 'co'] as const;
/** 'invited' is a facilitator's invitation into an invitation-only group, waiting for the person to accept the agreement. */
export const MEMBERSHIP_STATUSES = ['member', 'waitlisted', 'invited', 'left', 'removed'] as const;
export const RSVP_ANSWERS = ['yes', 'no', 'maybe'] as const;

export const GROUP_CAPACITY_DEFAULT = 12;
export const GROUP_CAPACITY_MIN = 2;
export const GROUP_CAPACITY_MAX = 60;
export const GROUP_TOPICS_MAX = 6;
export const GROUP_FACILITATORS_MAX = 4;

/**
 * What a peer-support meeting of this format is expected to include; facilitators tick what happened
 * (fidelity to the model), supervisors see how meetings run over time.
 */
export const FIDELITY_ITEMS = [
  'opened_with_agreement',
  'introductions',
  'check_in_round',
  'one_voice_at_a_time',
  'no_advice_unless_asked',
  'everyone_invited_to_speak',
  'confidentiality_reminded',
  'closing_round',
  'crisis_resources_mentioned',
  'started_and_ended_on_time',
] as const;
export type FidelityItem = (typeof FIDELITY_ITEMS)[number];

/** The agreement a new group starts with, in the group's language (English unless Spanish). */
export const DEFAULT_GROUP_AGREEMENTS = {
  en: [
    'This is a safe space: we treat each other with respect and without judgement.',
    'Confidentiality: who we see and what we hear here stays here.',
    'One voice at a time: we listen without interrupting.',
    'No advice unless asked: we share our own experience, not instructions.',
    'No contact details: we do not share phone numbers, addresses or social media in the group.',
  ].join('\n'),
  es: [
    'Este es un espacio seguro: nos tratamos con respeto y sin juzgar.',
    'Confidencialidad: a quién vemos y lo que oímos aquí, aquí se queda.',
    'Una voz a la vez: escuchamos sin interrumpir.',
    'Sin consejos salvo que se pidan: compartimos nuestra experiencia, no instrucciones.',
    'Sin datos de contacto: no compartimos teléfonos, direcciones ni redes sociales en el grupo.',
  ].join('\n'),
} as const;

/** The prompt a facilitator reads for the check-in round, in the group's language. */
export const CHECK_IN_ROUND_PROMPTS = {
  en: 'Let’s go around once. Share your name, how you are arriving today in a word or two, and whether there is something you would like time for. You can always pass.',
  es: 'Hagamos una ronda. Di tu nombre, cómo llegas hoy en una o dos palabras y si hay algo para lo que quieras tiempo. Siempre puedes pasar.',
} as const;

const text = (min: number, max: number) => z.string().trim().min(min, { error: min > 0 ? 'required' : 'too_short' }).max(max, { error: 'too_long' });
const optionalText = (max: number) => z.string().trim().max(max, { error: 'too_long' }).nullable().optional();
const topicKey = z.string().regex(TOPIC_KEY_PATTERN, { error: 'topic_invalid' });
const httpsUrl = z.string().trim().max(500, { error: 'too_long' }).refine((value) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}, { error: 'url_invalid' });
/** A local wall-clock time in the group's zone: YYYY-MM-DDTHH:mm. */
const localDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'local_time_invalid' });

export const facilitatorInput = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(FACILITATOR_ROLES).default('co'),
});

const groupFields = {
  name: text(3, 80),
  description: z.string().trim().max(2000, { error: 'too_long' }).default(''),
  topics: z.array(topicKey).min(1, { error: 'required' }).max(GROUP_TOPICS_MAX, { error: 'too_many' })
    .refine((keys) => new Set(keys).size === keys.length, { error: 'duplicates' }),
  language: languageTagSchema,
  format: z.enum(GROUP_FORMATS),
  placeName: optionalText(120),
  address: optionalText(300),
  latitude: z.number().min(-90, { error: 'latitude_invalid' }).max(90, { error: 'latitude_invalid' }).nullable().optional(),
  longitude: z.number().min(-180, { error: 'longitude_invalid' }).max(180, { error: 'longitude_invalid' }).nullable().optional(),
  /** Shown to members and facilitators only. */
  videoLink: httpsUrl.nullable().optional(),
  timeZone: z.string().trim().min(1, { error: 'required' }).max(64),
  /** RFC 5545 RRULE value for the regular meeting, e.g. FREQ=WEEKLY;BYDAY=TU or FREQ=WEEKLY;INTERVAL=2. */
  rule: z.string().trim().min(1, { error: 'required' }).max(300),
  /** The first meeting on the wall clock of `timeZone`. */
  startsLocal: localDateTime,
  durationMinutes: z.number().int().min(15, { error: 'too_small' }).max(240, { error: 'too_large' }).default(90),
  capacity: z.number().int().min(GROUP_CAPACITY_MIN, { error: 'too_small' }).max(GROUP_CAPACITY_MAX, { error: 'too_large' }).default(GROUP_CAPACITY_DEFAULT),
  /** Defaults to the standard group agreement in the group's language. */
  agreement: text(20, 4000).optional(),
  listing: z.enum(GROUP_LISTINGS).default('public'),
};

export const createGroupInput = z.object({
  ...groupFields,
  /** Trained supporters; at least one, and one of them the lead. */
  facilitators: z.array(facilitatorInput).min(1, { error: 'required' }).max(GROUP_FACILITATORS_MAX, { error: 'too_many' }),
});
export type CreateGroupInput = z.input<typeof createGroupInput>;

/** Every field optional: what is left out stays as it was. Archiving is for staff. */
export const updateGroupInput = z.object({
  name: groupFields.name,
  description: z.string().trim().max(2000, { error: 'too_long' }),
  topics: groupFields.topics,
  language: groupFields.language,
  format: groupFields.format,
  placeName: groupFields.placeName,
  address: groupFields.address,
  latitude: groupFields.latitude,
  longitude: groupFields.longitude,
  videoLink: groupFields.videoLink,
  timeZone: groupFields.timeZone,
  rule: groupFields.rule,
  startsLocal: groupFields.startsLocal,
  durationMinutes: z.number().int().min(15, { error: 'too_small' }).max(240, { error: 'too_large' }),
  capacity: z.number().int().min(GROUP_CAPACITY_MIN, { error: 'too_small' }).max(GROUP_CAPACITY_MAX, { error: 'too_large' }),
  agreement: text(20, 4000),
  listing: z.enum(GROUP_LISTINGS),
  archived: z.boolean(),
}).partial().strict();
export type UpdateGroupInput = z.input<typeof updateGroupInput>;

export const groupListQuery = z.object({
  /** 'mine': groups I am in, waiting for, invited to or facilitate; 'all': every group I may see. */
  scope: z.enum(['all', 'mine']).default('all'),
  includeArchived: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
});

export const facilitatorDto = z.object({ userId: z.string(), handle: z.string(), role: z.enum(FACILITATOR_ROLES) });

export const groupScheduleDto = z.object({
  rule: z.string(),
  startsLocal: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  /** The regular meeting's weekday, 1 = Monday ... 7 = Sunday, and minutes after local midnight. */
  weekday: z.number().int().nullable(),
  minuteOfDay: z.number().int().nullable(),
});

export const myGroupMembershipDto = z.object({
  status: z.enum(MEMBERSHIP_STATUSES),
  /** 1 = next to get a place; null unless waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  /** False when the agreement changed since the person accepted it: they accept again to keep writing in the room. */
  agreementAccepted: z.boolean(),
  attendanceRecorded: z.boolean(),
  mutedUntil: z.string().nullable(),
  joinedAt: z.string(),
});
export type MyGroupMembershipDto = z.infer<typeof myGroupMembershipDto>;

export const groupDto = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  topics: z.array(z.string()),
  language: z.string(),
  format: z.enum(GROUP_FORMATS),
  placeName: z.string().nullable(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** Null unless the viewer is a member, a facilitator or staff. */
  videoLink: z.string().nullable(),
  schedule: groupScheduleDto,
  nextMeetingAt: z.string().nullable(),
  capacity: z.number().int(),
  memberCount: z.number().int(),
  spotsLeft: z.number().int(),
  waitlistCount: z.number().int(),
  agreement: z.string(),
  agreementVersion: z.number().int(),
  listing: z.enum(GROUP_LISTINGS),
  status: z.enum(GROUP_STATUSES),
  facilitators: z.array(facilitatorDto),
  /** The group's room (a conversation): null unless the viewer is a member or a facilitator. */
  roomId: z.string().nullable(),
  myMembership: myGroupMembershipDto.nullable(),
  /** 'lead' or 'co' when the viewer facilitates this group. */
  myFacilitatorRole: z.enum(FACILITATOR_ROLES).nullable(),
  /** Whether the viewer may edit the group, manage meetings and members (facilitators, admins, supervisors). */
  canManage: z.boolean(),
});
export type GroupDto = z.infer<typeof groupDto>;

/** Joining names the agreement version the person read, so a change made meanwhile is not accepted unseen. */
export const joinGroupInput = z.object({ agreementVersion: z.number().int().min(1) });
export const joinGroupResponse = z.object({ membership: myGroupMembershipDto, group: groupDto });

export const myGroupSettingsInput = z.object({
  /** False: facilitators count me at meetings but do not record my name. */
  attendanceRecorded: z.boolean(),
});

export const inviteInput = z.object({ handle: z.string().trim().min(1, { error: 'required' }).max(40) });

export const memberActionParams = z.object({ id: z.string().min(1).max(64), userId: z.string().min(1).max(64) });
export const removeMemberInput = z.object({ reason: text(3, 500) });
export const muteMemberInput = z.object({
  reason: text(3, 500),
  /** How long the person cannot write in the group room; null lifts a mute. */
  hours: z.number().int().min(1, { error: 'too_small' }).max(24 * 30, { error: 'too_large' }).nullable(),
});

export const groupMemberDto = z.object({
  userId: z.string(),
  handle: z.string(),
  status: z.enum(MEMBERSHIP_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  attendanceRecorded: z.boolean(),
  mutedUntil: z.string().nullable(),
  agreementAccepted: z.boolean(),
  joinedAt: z.string(),
});
export type GroupMemberDto = z.infer<typeof groupMemberDto>;

export const groupMembersDto = z.object({
  members: z.array(groupMemberDto),
  waitlist: z.array(groupMemberDto),
  invited: z.array(groupMemberDto),
});

export const meetingParams = z.object({
  id: z.string().min(1).max(64),
  /** The meeting's start as the rule gives it (ISO UTC), which names it even after it moves. */
  occurrence: z.iso.datetime(),
});

export const meetingsQuery = z.object({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  limit: z.coerce.number().int().min(1, { error: 'too_small' }).max(52, { error: 'too_large' }).default(8),
});

export const changeMeetingInput = z.object({
  /** The new start on the wall clock of the group's time zone. */
  startsLocal: localDateTime.optional(),
  cancelled: z.boolean().optional(),
  /** Back to the regular time and not cancelled. */
  restore: z.literal(true).optional(),
  note: optionalText(300),
}).superRefine((value, context) => {
  const chosen = [value.startsLocal !== undefined, value.cancelled === true, value.restore === true].filter(Boolean).length;
  if (chosen !== 1) context.addIssue({ code: 'custom', path: ['startsLocal'], message: 'one_change' });
});

export const rsvpInput = z.object({ answer: z.enum(RSVP_ANSWERS) });

export const attendanceInput = z.object({
  /** Members who came. Those who chose not to be recorded by name are counted only. */
  present: z.array(z.string().min(1).max(64)).max(GROUP_CAPACITY_MAX, { error: 'too_many' }),
});

export const meetingNoteInput = z.object({
  body: z.string().trim().max(8000, { error: 'too_long' }),
  checklist: z.partialRecord(z.enum(FIDELITY_ITEMS), z.boolean()).default({}),
});

export const rsvpCountsDto = z.object({ yes: z.number().int(), no: z.number().int(), maybe: z.number().int() });

export const attendanceDto = z.object({
  named: z.array(z.object({ userId: z.string(), handle: z.string() })),
  unnamedCount: z.number().int(),
  total: z.number().int(),
  recordedAt: z.string(),
});

export const meetingNoteDto = z.object({
  id: z.string(),
  occurrence: z.string(),
  authorHandle: z.string().nullable(),
  body: z.string(),
  checklist: z.record(z.string(), z.boolean()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingNoteDto = z.infer<typeof meetingNoteDto>;

export const meetingDto = z.object({
  /** Names the meeting in URLs: the start the rule gives, even after a one-off change. */
  occurrence: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Wall-clock start in the group's time zone, YYYY-MM-DDTHH:mm. */
  startsLocal: z.string(),
  timeZone: z.string(),
  moved: z.boolean(),
  cancelled: z.boolean(),
  note: z.string().nullable(),
  /** The viewer's own answer; null when they have not answered or are not a member. */
  myRsvp: z.enum(RSVP_ANSWERS).nullable(),
  /** For facilitators and staff only (null otherwise). */
  rsvpCounts: rsvpCountsDto.nullable(),
  attendance: attendanceDto.nullable(),
  checkInPrompt: z.string().nullable(),
  fidelityItems: z.array(z.enum(FIDELITY_ITEMS)).nullable(),
});
export type MeetingDto = z.infer<typeof meetingDto>;
