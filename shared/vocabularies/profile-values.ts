export const AGE_RANGES = ['18_24', '25_34', '35_44', '45_54', '55_64', '65_plus'] as const;
export type AgeRange = (typeof AGE_RANGES)[number];

export const MEETING_MODES = ['text', 'voice', 'video', 'in_person'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

/** Who may see a sensitive field; the first is the default because it is the most private. */
export const VISIBILITIES = ['only_me', 'my_supporters', 'members'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** The viewers a profile is shown to, from the closest to the widest circle. */
export const AUDIENCES = ['self', 'my_supporters', 'members'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const SENSITIVE_FIELDS = ['firstName', 'pronouns', 'ageRange', 'location', 'topics', 'identities', 'interests'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

export const SUPPORTER_STATUSES = ['applicant', 'in_training', 'active', 'paused', 'inactive'] as const;
export type SupporterStatus = (typeof SUPPORTER_STATUSES)[number];

/** Monday = 0 … Sunday = 6. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

export function canSee(visibility: Visibility, audience: Audience): boolean {
  if (audience === 'self') return true;
  if (visibility === 'members') return true;
  return visibility === 'my_supporters' && audience === 'my_supporters';
}
