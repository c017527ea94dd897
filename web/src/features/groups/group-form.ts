import type { CreateGroupInput } from '../../../../shared/contracts/groups.js';

export type Repeat = 'weekly' | 'fortnightly' | 'monthly';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The RRULE for how often the group meets, from its first meeting's date: every week, every two weeks,
 * or the same weekday of each month ("the second Tuesday"; a fifth one becomes "the last").
 */
export function ruleFor(repeat: Repeat, startsLocal: string): string {
  if (repeat === 'weekly') return 'FREQ=WEEKLY';
  if (repeat === 'fortnightly') return 'FREQ=WEEKLY;INTERVAL=2';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(startsLocal);
  if (!match) return 'FREQ=MONTHLY';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = DAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!;
  const nth = Math.ceil(day / 7);
  return `FREQ=MONTHLY;BYDAY=${nth >= 5 ? -1 : nth}${weekday}`;
}

export interface GroupFormValues {
  name: string;
  description: string;
  topics: string[];
  language: string;
  format: 'online' | 'in_person' | 'hybrid';
  placeName: string;
  address: string;
  latitude: string;
  longitude: string;
  videoLink: string;
  timeZone: string;
  repeat: Repeat;
  startsLocal: string;
  durationMinutes: string;
  capacity: string;
  agreement: string;
  listing: 'public' | 'invitation';
  facilitatorId: string;
}

const number = (text: string) => (text.trim() === '' ? null : Number(text));

/** The create request for the form's values: empty optional text left out, numbers read, the rule made from the choice. */
export function groupFormToInput(values: GroupFormValues): CreateGroupInput {
  const inPerson = values.format !== 'online';
  const online = values.format !== 'in_person';
  return {
    name: values.name,
    description: values.description,
    topics: values.topics,
    language: values.language,
    format: values.format,
    placeName: inPerson && values.placeName.trim() ? values.placeName : null,
    address: inPerson && values.address.trim() ? values.address : null,
    latitude: inPerson ? number(values.latitude) : null,
    longitude: inPerson ? number(values.longitude) : null,
    videoLink: online && values.videoLink.trim() ? values.videoLink : null,
    timeZone: values.timeZone,
    rule: ruleFor(values.repeat, values.startsLocal),
    startsLocal: values.startsLocal,
    durationMinutes: number(values.durationMinutes) ?? Number.NaN,
    capacity: number(values.capacity) ?? Number.NaN,
    ...(values.agreement.trim() ? { agreement: values.agreement } : {}),
    listing: values.listing,
    facilitators: values.facilitatorId ? [{ userId: values.facilitatorId, role: 'lead' }] : [],
  };
}
