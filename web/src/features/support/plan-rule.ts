import type { TFunction } from 'i18next';
import type { CheckInPlanDto } from '../../../../shared/contracts/support.js';
import { durationText } from '../../lib/duration-text.js';
import { formatList, inSentence } from '../../lib/format.js';
import { weekdayName } from '../../lib/intl-options.js';
import { formatClockTime, zoneLabel } from './zoned-time.js';

/** The rhythms offered as plain choices; anything else is written as an RFC 5545 rule. */
export const RULE_PRESETS = ['weekly', 'biweekly', 'custom'] as const;
export type RulePreset = (typeof RULE_PRESETS)[number];

const PRESET_RULES: Record<Exclude<RulePreset, 'custom'>, string> = {
  weekly: 'FREQ=WEEKLY',
  biweekly: 'FREQ=WEEKLY;INTERVAL=2',
};

/** RRULE values as the server stores them: no "RRULE:" prefix, upper case, no empty parts. */
export function normaliseRule(rule: string): string {
  return rule.trim().replace(/^RRULE:/i, '').toUpperCase().split(';').map((part) => part.trim()).filter(Boolean).join(';');
}

/** The rule's parts by name: FREQ=WEEKLY;INTERVAL=2 → { FREQ: 'WEEKLY', INTERVAL: '2' }. */
export function ruleParts(rule: string): Map<string, string> {
  return new Map(normaliseRule(rule).split(';').filter(Boolean).map((part) => {
    const [key = '', value = ''] = part.split('=');
    return [key.trim(), value.trim()];
  }));
}

/** The rule a preset sends; the custom text as typed for "custom". */
export function ruleForPreset(preset: RulePreset, customRule: string): string {
  return preset === 'custom' ? normaliseRule(customRule) : PRESET_RULES[preset];
}

/** Which preset a stored rule is ("FREQ=WEEKLY;INTERVAL=1" is still weekly); anything else is custom. */
export function presetForRule(rule: string): RulePreset {
  const parts = ruleParts(rule);
  if (parts.get('FREQ') !== 'WEEKLY') return 'custom';
  const others = [...parts.keys()].filter((key) => key !== 'FREQ' && key !== 'INTERVAL' && key !== 'WKST');
  if (others.length > 0) return 'custom';
  const interval = parts.get('INTERVAL') ?? '1';
  if (interval === '1') return 'weekly';
  if (interval === '2') return 'biweekly';
  return 'custom';
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const ORDINALS = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' } as const;
type Ordinal = keyof typeof ORDINALS;
/** What a rule says in words may only use these parts; any other part makes it "custom". */
const DESCRIBED_PARTS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYSETPOS', 'COUNT', 'WKST']);

/** Monday = 0 … Sunday = 6 for "YYYY-MM-DD…". */
function weekdayOf(startsLocal: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(startsLocal);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay();
  return (day + 6) % 7;
}

function dayOfMonth(startsLocal: string): number | null {
  const match = /^\d{4}-\d{2}-(\d{2})/.exec(startsLocal);
  return match ? Number(match[1]) : null;
}

function positiveInteger(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/**
 * The rhythm part of a plan in words: "Every 2 weeks on Tuesday", "Every month on the first Tuesday".
 * Null when the rule says something these words cannot (the rule is then shown as written).
 */
export function describeRhythm(t: TFunction, rule: string, startsLocal: string, locale: string): string | null {
  const parts = ruleParts(rule);
  if ([...parts.keys()].some((key) => !DESCRIBED_PARTS.has(key))) return null;
  const interval = positiveInteger(parts.get('INTERVAL'), 1);
  const count = positiveInteger(parts.get('COUNT'), 0);
  if (interval === null || count === null) return null;
  const frequency = parts.get('FREQ');
  const byDay = parts.get('BYDAY')?.split(',').filter(Boolean) ?? [];
  const setPos = parts.get('BYSETPOS');
  const byMonthDay = parts.get('BYMONTHDAY');

  let text: string | null = null;
  if (frequency === 'DAILY' && byDay.length === 0 && !byMonthDay && !setPos) {
    text = t('support.rule.daily', { count: interval });
  } else if (frequency === 'WEEKLY' && !byMonthDay && !setPos) {
    const days = byDay.length > 0 ? byDay.map((day) => WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number])) : [weekdayOf(startsLocal) ?? -1];
    if (days.some((day) => day < 0)) return null;
    const names = formatList([...new Set(days)].sort((a, b) => a - b).map((day) => weekdayName(day, locale)), locale);
    text = t('support.rule.weekly', { count: interval, days: names });
  } else if (frequency === 'MONTHLY') {
    text = describeMonthly(t, { interval, byDay, setPos, byMonthDay, startsLocal, locale });
  }
  if (text === null) return null;
  return count > 0 ? t('support.rule.times', { rhythm: text, count }) : text;
}

function describeMonthly(
  t: TFunction,
  { interval, byDay, setPos, byMonthDay, startsLocal, locale }: { interval: number; byDay: string[]; setPos: string | undefined; byMonthDay: string | undefined; startsLocal: string; locale: string },
): string | null {
  if (byDay.length === 0 && !setPos) {
    const day = byMonthDay === undefined ? dayOfMonth(startsLocal) : positiveInteger(byMonthDay, 0);
    if (!day || day > 31) return null;
    return t('support.rule.monthlyOnDay', { count: interval, day });
  }
  if (byDay.length !== 1 || byMonthDay) return null;
  // "1TU", or "TU" with BYSETPOS=1: the first Tuesday.
  const match = /^(-?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay[0]!);
  const ordinal = match?.[1] ?? setPos;
  if (!match || !ordinal || (match[1] && setPos) || !Object.hasOwn(ORDINALS, ordinal)) return null;
  const weekday = weekdayName(WEEKDAYS.indexOf(match[2] as (typeof WEEKDAYS)[number]), locale);
  const position = t(`support.rule.ordinal.${ORDINALS[ordinal as Ordinal]}`);
  return t('support.rule.monthlyOnWeekday', { count: interval, position, weekday });
}

/** "18:00" of "2026-10-13T18:00", written the reader's way. */
export function startClockTime(startsLocal: string, locale: string): string {
  const match = /T(\d{2}):(\d{2})$/.exec(startsLocal);
  return match ? formatClockTime(Number(match[1]), Number(match[2]), locale) : startsLocal;
}

/**
 * A whole plan in one sentence: "Every 2 weeks on Tuesday at 6:00 PM, Europe/Madrid — 45 minutes, video call".
 * The time is on the plan's own wall clock, which is why its zone is named.
 */
export function describePlan(t: TFunction, plan: Pick<CheckInPlanDto, 'rule' | 'startsLocal' | 'timeZone' | 'durationMinutes' | 'meetingMode'>, locale: string): string {
  const rhythm = describeRhythm(t, plan.rule, plan.startsLocal, locale) ?? t('support.rule.custom', { rule: normaliseRule(plan.rule) });
  return t('support.rule.plan', {
    rhythm,
    time: startClockTime(plan.startsLocal, locale),
    zone: zoneLabel(plan.timeZone),
    duration: durationText(t, plan.durationMinutes),
    mode: inSentence(t(`support.meetingModes.${plan.meetingMode}`)),
  });
}
