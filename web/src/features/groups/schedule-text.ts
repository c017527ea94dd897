import type { TFunction } from 'i18next';
import type { GroupDto } from '../../../../shared/contracts/groups.js';
import { durationText } from '../../lib/duration-text.js';
import { weekdayName } from '../../lib/intl-options.js';
import { formatClockTime, zoneLabel } from '../support/zoned-time.js';

type Schedule = GroupDto['schedule'];

export interface RuleShape {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'OTHER';
  interval: number;
  /** For monthly rules on "the second Tuesday": 2; the last: -1; null otherwise. */
  nth: number | null;
}

/** The parts of an RRULE the schedule sentence needs. */
export function ruleShape(rule: string): RuleShape {
  const parts = new Map(
    rule.replace(/^RRULE:/i, '').toUpperCase().split(';').map((part) => {
      const [key = '', value = ''] = part.split('=');
      return [key.trim(), value.trim()] as const;
    }),
  );
  const freqText = parts.get('FREQ');
  const freq = freqText === 'DAILY' || freqText === 'WEEKLY' || freqText === 'MONTHLY' ? freqText : 'OTHER';
  const interval = Math.max(1, Number(parts.get('INTERVAL') ?? '1') || 1);
  let nth: number | null = null;
  if (freq === 'MONTHLY') {
    const byDay = /^([+-]?\d)[A-Z]{2}$/.exec(parts.get('BYDAY') ?? '');
    const setPos = parts.get('BYSETPOS');
    if (byDay) nth = Number(byDay[1]);
    else if (setPos && /^[+-]?\d$/.test(setPos)) nth = Number(setPos);
  }
  return { freq, interval, nth };
}

/**
 * The regular meeting in words, on the group's own clock: "Every Tuesday at 18:00 (Europe/Madrid time), for 1 hour and 30 minutes".
 * Rules the sentence cannot say plainly fall back to "Regular meetings".
 */
export function scheduleText(t: TFunction, schedule: Schedule, locale: string): string {
  const shape = ruleShape(schedule.rule);
  const day = schedule.weekday === null ? null : weekdayName(schedule.weekday - 1, locale);
  const time = schedule.minuteOfDay === null ? null : formatClockTime(Math.floor(schedule.minuteOfDay / 60), schedule.minuteOfDay % 60, locale);
  const zone = zoneLabel(schedule.timeZone);
  const duration = durationText(t, schedule.durationMinutes);
  const facts = { day, time, zone, duration };

  if (!time) return t('groups.schedule.custom', { duration, zone });
  if (shape.freq === 'DAILY') return t('groups.schedule.daily', facts);
  if (shape.freq === 'WEEKLY' && day) return t('groups.schedule.weekly', { ...facts, count: shape.interval });
  if (shape.freq === 'MONTHLY' && day && shape.nth !== null && shape.nth !== 0) {
    if (shape.nth === -1) return t('groups.schedule.monthlyLast', facts);
    if (shape.nth >= 1 && shape.nth <= 4) return t(`groups.schedule.monthlyNth${shape.nth as 1 | 2 | 3 | 4}`, facts);
  }
  return t('groups.schedule.custom', { duration, zone });
}
