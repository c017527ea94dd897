import { z } from 'zod';
import { TOPIC_KEY_PATTERN } from '../vocabularies/topics.js';
import { languageTagSchema } from './profiles.js';
import { problemSchema } from './problem.js';

/** The group formats of shared/contracts/groups.ts (GROUP_FORMATS). */
export const FINDER_FORMATS = ['online', 'in_person', 'hybrid'] as const;
export const FINDER_SORTS = ['distance', 'next'] as const;
export const FINDER_RADIUS_DEFAULT_KM = 25;
export const FINDER_RADIUS_MIN_KM = 1;
export const FINDER_RADIUS_MAX_KM = 250;
export const FINDER_LIMIT_DEFAULT = 20;
export const FINDER_LIMIT_MAX = 50;
export const FINDER_NEAR_MAX = 100;

/** HH:mm on a 24-hour clock; 24:00 is the end of the day. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'time_invalid' });
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** A comma-separated list in a query string ("in_person,hybrid", "6,7"), each item checked, repeats dropped. */
const commaList = (max: number) => z.string().max(200)
  .transform((value) => [...new Set(value.split(',').map((part) => part.trim()).filter(Boolean))])
  .pipe(z.array(z.string()).min(1, { error: 'required' }).max(max, { error: 'too_many' }));
const dayNumber = z.string().regex(/^[1-7]$/, { error: 'day_invalid' }).transform(Number);

/**
 * GET /api/groups/search. Times are the group's own wall clock: "from=18:00&to=21:00" finds groups
 * whose regular meeting starts between 18:00 and 21:00 where they meet.
 */
export const groupSearchQuery = z.object({
  topic: z.string().regex(TOPIC_KEY_PATTERN, { error: 'topic_invalid' }).optional(),
  language: languageTagSchema.optional(),
  /** One format or several, comma-separated. */
  format: commaList(FINDER_FORMATS.length).pipe(z.array(z.enum(FINDER_FORMATS, { error: 'format_invalid' }))).optional(),
  /** Weekday of the regular meeting, 1 = Monday ... 7 = Sunday; several comma-separated ("6,7"). */
  day: commaList(7).pipe(z.array(dayNumber)).optional(),
  from: clockTime.optional(),
  to: clockTime.optional(),
  /** A place the member types: a town or city, optionally ", country" or ", state"; or a US ZIP code. Never their position. */
  near: z.string().trim().min(1, { error: 'required' }).max(FINDER_NEAR_MAX, { error: 'too_long' }).optional(),
  radiusKm: z.coerce.number({ error: 'radius_invalid' })
    .min(FINDER_RADIUS_MIN_KM, { error: 'radius_out_of_range' }).max(FINDER_RADIUS_MAX_KM, { error: 'radius_out_of_range' }).optional(),
  /** 'distance' needs `near`; the default is 'distance' with `near` and 'next' (soonest meeting) without. */
  sort: z.enum(FINDER_SORTS, { error: 'sort_invalid' }).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number({ error: 'limit_invalid' }).int({ error: 'limit_invalid' })
    .min(1, { error: 'limit_invalid' }).max(FINDER_LIMIT_MAX, { error: 'limit_invalid' }).default(FINDER_LIMIT_DEFAULT),
}).superRefine((query, ctx) => {
  if (query.from && query.to && minutesOf(query.from) > minutesOf(query.to)) {
    ctx.addIssue({ code: 'custom', message: 'from_after_to', path: ['from'] });
  }
  if (query.sort === 'distance' && !query.near) ctx.addIssue({ code: 'custom', message: 'distance_needs_near', path: ['sort'] });
  if (query.radiusKm !== undefined && !query.near) ctx.addIssue({ code: 'custom', message: 'radius_needs_near', path: ['radiusKm'] });
  // Online groups have no place, so "near" can only find groups that meet somewhere.
  if (query.near && query.format && query.format.every((format) => format === 'online')) {
    ctx.addIssue({ code: 'custom', message: 'online_has_no_place', path: ['format'] });
  }
});
export type GroupSearchQuery = z.output<typeof groupSearchQuery>;

export { minutesOf as minutesOfClockTime };

export const finderPlaceDto = z.object({
  name: z.string(),
  country: z.string(),
  countryName: z.string(),
  admin: z.string().optional(),
  kind: z.enum(['city', 'postal_code']),
});
export type FinderPlaceDto = z.infer<typeof finderPlaceDto>;

/** What anyone signed in may see of a public group: never its address or video link. */
export const groupSearchResultDto = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  topics: z.array(z.string()),
  language: z.string(),
  format: z.enum(FINDER_FORMATS),
  /** The name of where it meets (a neighbourhood or venue name the facilitators chose), never the address. */
  placeName: z.string().nullable(),
  /** Kilometres from the searched place: one decimal under 10 km, whole kilometres beyond; null without `near`. */
  distanceKm: z.number().nullable(),
  timeZone: z.string(),
  /** The regular meeting: weekday 1 = Monday ... 7 = Sunday and HH:mm on the group's clock. */
  weekday: z.number().int().nullable(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().int(),
  nextMeetingAt: z.string().nullable(),
  spotsLeft: z.number().int(),
  /** Someone is already waiting for a place. */
  hasWaitlist: z.boolean(),
});
export type GroupSearchResultDto = z.infer<typeof groupSearchResultDto>;

export const groupSearchDto = z.object({
  results: z.array(groupSearchResultDto),
  /** Pass back as `cursor` with the same filters for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** The place `near` resolved to, and the radius searched. */
  near: z.object({ place: finderPlaceDto, radiusKm: z.number() }).nullable(),
});
export type GroupSearchDto = z.infer<typeof groupSearchDto>;

/** 400 for a place the gazetteer does not know: the problem names `near` and offers close names. */
export const unknownPlaceProblem = problemSchema.extend({
  suggestions: z.array(finderPlaceDto.extend({ label: z.string() })),
});
export type UnknownPlaceProblem = z.infer<typeof unknownPlaceProblem>;
