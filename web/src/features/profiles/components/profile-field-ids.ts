import type { SensitiveField } from '../../../../../shared/vocabularies/profile-values.js';

export type AvailabilityPart = 'day' | 'start' | 'end';

/** The ids of the profile editor's controls, so errors and the error summary can point at them. */
export function profileFieldIds(base: string) {
  return {
    handle: `${base}-handle`,
    firstName: `${base}-first-name`,
    pronouns: `${base}-pronouns`,
    ageRange: `${base}-age-range`,
    country: `${base}-country`,
    timeZone: `${base}-time-zone`,
    languages: `${base}-languages`,
    topics: `${base}-topics`,
    identities: `${base}-identities`,
    interests: `${base}-interests`,
    meetingModes: `${base}-meeting-modes`,
    availability: `${base}-availability`,
    addWindow: `${base}-availability-add`,
    visibility: (field: SensitiveField) => `${base}-visibility-${field}`,
    window: (rowKey: string, part: AvailabilityPart) => `${base}-availability-${rowKey}-${part}`,
  };
}

export type ProfileFieldIds = ReturnType<typeof profileFieldIds>;
