import { z } from 'zod';
import { checkInOutcomeInput, closingNoteInput, feedbackInput, meetingModes, oneOffCheckInInput, type CheckInDto, type CheckInPlanDto, checkInPlanInput, sessionNoteInput } from '../../../../shared/contracts/support.js';
import { normaliseRule, presetForRule, ruleForPreset, type RulePreset } from './plan-rule.js';
import { placeInZone } from './zoned-time.js';

export type MeetingMode = (typeof meetingModes)[number];
export type Side = 'member' | 'supporter';
export type ViewerRole = Side | 'supervisor';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** "45" → 45; "" → NaN, which the schemas name as missing. */
function minutesFrom(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

const durationMinutes = z.number({ error: 'required' }).int({ error: 'duration_range' }).min(10, { error: 'duration_range' }).max(240, { error: 'duration_range' });
const meetingMode = z.enum(meetingModes, { error: 'meeting_mode_required' });
const optionalText = (text: string) => (text.trim() === '' ? null : text.trim());

// ---------------------------------------------------------------------------------------------------
// Proposing a rhythm

export interface PlanFormValues {
  preset: RulePreset;
  customRule: string;
  /** The first meeting on the wall clock of `timeZone`, as the date-and-time input gives it. */
  startsLocal: string;
  timeZone: string;
  durationMinutes: string;
  meetingMode: MeetingMode | '';
  meetingDetail: string;
}

/** A fresh proposal form: every two weeks is not assumed; weekly, 45 minutes, in the reader's zone. A current plan's choices carry over. */
export function planFormValues(timeZone: string, current: CheckInPlanDto | null): PlanFormValues {
  if (!current) return { preset: 'weekly', customRule: '', startsLocal: '', timeZone, durationMinutes: '45', meetingMode: '', meetingDetail: '' };
  const preset = presetForRule(current.rule);
  return {
    preset,
    customRule: preset === 'custom' ? current.rule : '',
    startsLocal: '',
    timeZone: current.timeZone,
    durationMinutes: String(current.durationMinutes),
    meetingMode: current.meetingMode,
    meetingDetail: current.meetingDetail ?? '',
  };
}

/** The shared contract, with the form's own words for what only the form can get wrong. */
export const planFormSchema = checkInPlanInput.safeExtend({
  rule: z.string().trim().min(1, { error: 'rule_required' }).max(300, { error: 'too_long' }),
  startsLocal: z.string().regex(LOCAL_DATE_TIME, { error: 'datetime_invalid' }),
  timeZone: z.string().trim().min(1, { error: 'time_zone_unknown' }),
  durationMinutes,
  meetingMode,
});

export function planRequestFrom(values: PlanFormValues): unknown {
  return {
    rule: ruleForPreset(values.preset, values.customRule),
    startsLocal: values.startsLocal,
    timeZone: values.timeZone,
    durationMinutes: minutesFrom(values.durationMinutes),
    meetingMode: values.meetingMode || undefined,
    meetingDetail: optionalText(values.meetingDetail),
  };
}

/** Whether a proposal differs from the agreed plan only in wording (same rule written another way). */
export function sameRule(a: string, b: string): boolean {
  return normaliseRule(a) === normaliseRule(b);
}

// ---------------------------------------------------------------------------------------------------
// One-off check-ins and changes: times are typed on the reader's own wall clock (their profile zone).

/** A date-and-time input's text on `timeZone`'s wall clock, checked and turned into an instant. */
export function wallTimeIn(timeZone: string, now: Date) {
  return z.string().transform((local, context) => {
    const placed = LOCAL_DATE_TIME.test(local) ? placeInZone(local, timeZone) : null;
    if (!placed) {
      context.addIssue({ code: 'custom', message: 'datetime_invalid' });
      return z.NEVER;
    }
    if (placed.skipped) {
      context.addIssue({ code: 'custom', message: 'local_time_skipped' });
      return z.NEVER;
    }
    if (new Date(placed.iso).getTime() <= now.getTime()) {
      context.addIssue({ code: 'custom', message: 'in_past' });
      return z.NEVER;
    }
    return placed.iso;
  });
}

export interface OneOffFormValues {
  plannedAt: string;
  durationMinutes: string;
  meetingMode: MeetingMode | '';
  meetingDetail: string;
}

export function oneOffFormValues(plan: CheckInPlanDto | null): OneOffFormValues {
  return { plannedAt: '', durationMinutes: String(plan?.durationMinutes ?? 45), meetingMode: plan?.meetingMode ?? '', meetingDetail: plan?.meetingDetail ?? '' };
}

export function oneOffSchema(timeZone: string, now: Date) {
  return oneOffCheckInInput.safeExtend({ plannedAt: wallTimeIn(timeZone, now), durationMinutes, meetingMode });
}

export function oneOffRequestFrom(values: OneOffFormValues): unknown {
  return {
    plannedAt: values.plannedAt,
    durationMinutes: minutesFrom(values.durationMinutes),
    meetingMode: values.meetingMode || undefined,
    meetingDetail: optionalText(values.meetingDetail),
  };
}

export interface ChangeFormValues {
  plannedAt: string;
  meetingMode: MeetingMode;
  meetingDetail: string;
}

export function changeSchema(timeZone: string, now: Date) {
  return z.object({ plannedAt: wallTimeIn(timeZone, now).optional(), meetingMode, meetingDetail: z.string().trim().max(300, { error: 'too_long' }).nullable() });
}

/** Only what changed is sent, so keeping the time of a meeting about to start is no "time in the past". */
export function changeRequestFrom(values: ChangeFormValues, originalLocal: string): Record<string, unknown> {
  return {
    ...(values.plannedAt !== originalLocal ? { plannedAt: values.plannedAt } : {}),
    meetingMode: values.meetingMode,
    meetingDetail: optionalText(values.meetingDetail),
  };
}

// ---------------------------------------------------------------------------------------------------
// Did it happen? And the member's feedback.

export const MOODS = [1, 2, 3, 4, 5] as const;

export interface OutcomeFormValues {
  happened: 'yes' | 'no' | '';
  mood: string;
  moodWords: string;
  talkedAbout: string;
}

export function outcomeFormValues(checkIn: CheckInDto): OutcomeFormValues {
  return {
    happened: checkIn.status === 'happened' ? 'yes' : checkIn.status === 'missed' ? 'no' : '',
    mood: checkIn.mood === null ? '' : String(checkIn.mood),
    moodWords: checkIn.moodWords ?? '',
    talkedAbout: checkIn.talkedAbout ?? '',
  };
}

export const outcomeFormSchema = checkInOutcomeInput.safeExtend({ happened: z.boolean({ error: 'happened_required' }) }).superRefine((outcome, context) => {
  if (outcome.moodWords && outcome.mood == null) context.addIssue({ code: 'custom', path: ['mood'], message: 'mood_for_words' });
});

/**
 * The request for "Did it happen?": a missed check-in carries nothing else; the mood check is the
 * member's own, so a supporter's answer never includes one.
 */
export function outcomeRequestFrom(values: OutcomeFormValues, side: Side): unknown {
  if (values.happened === '') return { happened: undefined };
  if (values.happened === 'no') return { happened: false };
  const talkedAbout = optionalText(values.talkedAbout);
  if (side === 'supporter') return { happened: true, talkedAbout };
  return { happened: true, mood: values.mood === '' ? null : Number(values.mood), moodWords: optionalText(values.moodWords), talkedAbout };
}

/** Either person marks a meeting once its time has come; a marked one can be corrected (not a cancelled one). */
export function canMark(checkIn: CheckInDto, role: ViewerRole, now: Date): boolean {
  if (role === 'supervisor' || checkIn.status === 'cancelled') return false;
  return new Date(checkIn.plannedAt).getTime() <= now.getTime();
}

/** The member, once, on a check-in that happened. */
export function canGiveFeedback(checkIn: CheckInDto, role: ViewerRole): boolean {
  return role === 'member' && checkIn.status === 'happened' && !checkIn.feedbackGiven;
}

export const FEEDBACK_QUESTIONS = ['feltHeard', 'workedOnWhatIWanted', 'wayWeTalkedSuitedMe', 'overall'] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];
export type FeedbackFormValues = Record<FeedbackQuestion, string>;

export const EMPTY_FEEDBACK: FeedbackFormValues = { feltHeard: '', workedOnWhatIWanted: '', wayWeTalkedSuitedMe: '', overall: '' };

const answer = z.number({ error: 'answer_required' }).int().min(1, { error: 'answer_required' }).max(5, { error: 'answer_required' });
export const feedbackFormSchema = feedbackInput.safeExtend({ feltHeard: answer, workedOnWhatIWanted: answer, wayWeTalkedSuitedMe: answer, overall: answer });

export function feedbackRequestFrom(values: FeedbackFormValues): unknown {
  return Object.fromEntries(FEEDBACK_QUESTIONS.map((question) => [question, values[question] === '' ? undefined : Number(values[question])]));
}

// ---------------------------------------------------------------------------------------------------
// Session notes

export const noteFormSchema = sessionNoteInput.safeExtend({ body: z.string().trim().min(1, { error: 'required' }).max(5000, { error: 'too_long' }) });

export const closingNoteSchema = closingNoteInput.safeExtend({ note: z.string().trim().min(1, { error: 'required' }).max(2000, { error: 'too_long' }) });
