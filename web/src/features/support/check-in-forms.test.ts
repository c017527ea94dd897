import { describe, expect, it } from 'vitest';
import type { CheckInDto } from '../../../../shared/contracts/support.js';
import { fieldErrorsFromZod } from '../../lib/field-errors.js';
import {
  canGiveFeedback,
  canMark,
  changeRequestFrom,
  changeSchema,
  EMPTY_FEEDBACK,
  feedbackFormSchema,
  feedbackRequestFrom,
  oneOffRequestFrom,
  oneOffSchema,
  outcomeFormSchema,
  outcomeFormValues,
  outcomeRequestFrom,
  planFormSchema,
  planFormValues,
  planRequestFrom,
} from './check-in-forms.js';

const NOW = new Date('2026-10-01T12:00:00.000Z');

const checkIn = (overrides: Partial<CheckInDto> = {}): CheckInDto => ({
  id: 'c1', relationshipId: 'r1', plannedAt: '2026-09-30T16:00:00.000Z', durationMinutes: 45, meetingMode: 'video', meetingDetail: null,
  status: 'planned', fromPlan: true, markedBy: null, markedAt: null, mood: null, moodWords: null, talkedAbout: null, feedbackGiven: false, ...overrides,
});

/** The field codes a form shows for these values, as the error summary would list them. */
function codes(result: { success: boolean; error?: Parameters<typeof fieldErrorsFromZod>[0] }): Record<string, string> {
  if (result.success || !result.error) return {};
  return Object.fromEntries(Object.entries(fieldErrorsFromZod(result.error)).map(([field, error]) => [field, error!.code]));
}

describe('proposing a rhythm', () => {
  it('sends a preset as its rule, in the chosen zone, with the detail tidied', () => {
    const values = { ...planFormValues('Europe/Madrid', null), preset: 'biweekly' as const, startsLocal: '2026-10-13T18:00', meetingMode: 'video' as const, meetingDetail: '  https://meet.example/x ' };
    expect(planFormSchema.parse(planRequestFrom(values))).toEqual({
      rule: 'FREQ=WEEKLY;INTERVAL=2', startsLocal: '2026-10-13T18:00', timeZone: 'Europe/Madrid', durationMinutes: 45, meetingMode: 'video', meetingDetail: 'https://meet.example/x',
    });
  });

  it('names what is missing in the form’s own words', () => {
    const values = { ...planFormValues('Europe/Madrid', null), preset: 'custom' as const, durationMinutes: '300' };
    expect(codes(planFormSchema.safeParse(planRequestFrom(values)))).toEqual({
      rule: 'rule_required', startsLocal: 'datetime_invalid', durationMinutes: 'duration_range', meetingMode: 'meeting_mode_required',
    });
  });

  it('starts a new proposal from the agreed plan’s choices, but not its first date', () => {
    const agreed = {
      id: 'p1', rule: 'FREQ=MONTHLY;BYDAY=1TU', startsLocal: '2026-10-06T18:00', timeZone: 'America/New_York', durationMinutes: 60, meetingMode: 'call' as const,
      meetingDetail: 'I call you', status: 'agreed' as const, proposedBy: 'member' as const, agreedAt: null, preview: [],
    };
    expect(planFormValues('Europe/Madrid', agreed)).toEqual({
      preset: 'custom', customRule: 'FREQ=MONTHLY;BYDAY=1TU', startsLocal: '', timeZone: 'America/New_York', durationMinutes: '60', meetingMode: 'call', meetingDetail: 'I call you',
    });
  });
});

describe('one-off check-ins and changes', () => {
  it('reads the typed time on the reader’s own clock and sends the instant', () => {
    const body = oneOffSchema('Europe/Madrid', NOW).parse(oneOffRequestFrom({ plannedAt: '2026-10-13T18:00', durationMinutes: '30', meetingMode: 'chat', meetingDetail: '' }));
    expect(body).toEqual({ plannedAt: '2026-10-13T16:00:00.000Z', durationMinutes: 30, meetingMode: 'chat', meetingDetail: null });
  });

  it('refuses a time that has passed, one the clocks skip, and no time at all', () => {
    const check = (plannedAt: string) => codes(oneOffSchema('Europe/Madrid', NOW).safeParse(oneOffRequestFrom({ plannedAt, durationMinutes: '45', meetingMode: 'chat', meetingDetail: '' })));
    expect(check('2026-10-01T13:59')).toEqual({ plannedAt: 'in_past' });
    expect(check('2027-03-28T02:30')).toEqual({ plannedAt: 'local_time_skipped' });
    expect(check('')).toEqual({ plannedAt: 'datetime_invalid' });
  });

  it('sends a new time only when it was changed, so a meeting’s way to meet can change on its own', () => {
    const original = '2026-10-13T18:00';
    expect(changeRequestFrom({ plannedAt: original, meetingMode: 'call', meetingDetail: ' ' }, original)).toEqual({ meetingMode: 'call', meetingDetail: null });
    const moved = changeSchema('Europe/Madrid', NOW).parse(changeRequestFrom({ plannedAt: '2026-10-14T09:15', meetingMode: 'video', meetingDetail: 'link' }, original));
    expect(moved).toEqual({ plannedAt: '2026-10-14T07:15:00.000Z', meetingMode: 'video', meetingDetail: 'link' });
  });
});

describe('did it happen?', () => {
  it('keeps the mood check the member’s own, and a missed meeting bare', () => {
    const values = { happened: 'yes' as const, mood: '4', moodWords: ' lighter ', talkedAbout: 'Walking again' };
    expect(outcomeFormSchema.parse(outcomeRequestFrom(values, 'member'))).toEqual({ happened: true, mood: 4, moodWords: 'lighter', talkedAbout: 'Walking again' });
    expect(outcomeFormSchema.parse(outcomeRequestFrom(values, 'supporter'))).toEqual({ happened: true, talkedAbout: 'Walking again' });
    expect(outcomeFormSchema.parse(outcomeRequestFrom({ ...values, happened: 'no' }, 'member'))).toEqual({ happened: false });
  });

  it('asks for an answer, and for a mood to go with mood words', () => {
    expect(codes(outcomeFormSchema.safeParse(outcomeRequestFrom({ happened: '', mood: '', moodWords: '', talkedAbout: '' }, 'member')))).toEqual({ happened: 'happened_required' });
    expect(codes(outcomeFormSchema.safeParse(outcomeRequestFrom({ happened: 'yes', mood: '', moodWords: 'tired', talkedAbout: '' }, 'member')))).toEqual({ mood: 'mood_for_words' });
  });

  it('starts from what was recorded, for a correction', () => {
    expect(outcomeFormValues(checkIn({ status: 'happened', mood: 2, moodWords: 'low', talkedAbout: 'Sleep' }))).toEqual({ happened: 'yes', mood: '2', moodWords: 'low', talkedAbout: 'Sleep' });
    expect(outcomeFormValues(checkIn({ status: 'missed' })).happened).toBe('no');
  });

  it('lets the two people mark a meeting once its time has come, and the member give feedback once', () => {
    expect(canMark(checkIn(), 'member', NOW)).toBe(true);
    expect(canMark(checkIn(), 'supervisor', NOW)).toBe(false);
    expect(canMark(checkIn({ plannedAt: '2026-10-02T12:00:00.000Z' }), 'supporter', NOW)).toBe(false);
    expect(canMark(checkIn({ status: 'cancelled' }), 'member', NOW)).toBe(false);
    expect(canGiveFeedback(checkIn({ status: 'happened' }), 'member')).toBe(true);
    expect(canGiveFeedback(checkIn({ status: 'happened', feedbackGiven: true }), 'member')).toBe(false);
    expect(canGiveFeedback(checkIn({ status: 'happened' }), 'supporter')).toBe(false);
    expect(canGiveFeedback(checkIn({ status: 'missed' }), 'member')).toBe(false);
  });
});

describe('feedback', () => {
  it('needs all four answers, each from 1 to 5', () => {
    expect(feedbackFormSchema.parse(feedbackRequestFrom({ feltHeard: '5', workedOnWhatIWanted: '4', wayWeTalkedSuitedMe: '3', overall: '4' })))
      .toEqual({ feltHeard: 5, workedOnWhatIWanted: 4, wayWeTalkedSuitedMe: 3, overall: 4 });
    expect(codes(feedbackFormSchema.safeParse(feedbackRequestFrom({ ...EMPTY_FEEDBACK, feltHeard: '5' })))).toEqual({
      workedOnWhatIWanted: 'answer_required', wayWeTalkedSuitedMe: 'answer_required', overall: 'answer_required',
    });
  });
});
