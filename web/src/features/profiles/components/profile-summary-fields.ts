import type { TFunction } from 'i18next';
import type { SensitiveField } from '../../../../../shared/vocabularies/profile-values.js';
import type { FieldErrors } from '../../../lib/field-errors.js';
import { withNestedTargets } from '../../../lib/field-paths.js';
import type { SummaryFields } from '../../../ui/ErrorSummary.js';
import type { ProfileFormState } from '../profile-form.js';
import type { AvailabilityPart, ProfileFieldIds } from './profile-field-ids.js';

const PARTS: readonly AvailabilityPart[] = ['day', 'start', 'end'];

/**
 * The error summary's map from request paths to the editor's controls, in the order of the form:
 * "visibility.topics" → its select, "availability.2.end" → the third row's end time, "languages.1" → the languages list.
 */
export function profileSummaryFields(
  t: TFunction,
  ids: ProfileFieldIds,
  form: ProfileFormState,
  errors: FieldErrors,
): SummaryFields {
  const visibility = (field: SensitiveField) => ({
    [`visibility.${field}`]: { id: ids.visibility(field), label: t(`profile.visibilityFor.${field}`) },
  });
  const windows: SummaryFields = {};
  form.availability.forEach((row, index) => {
    const number = index + 1;
    windows[`availability.${index}`] = { id: ids.window(row.key, 'day'), label: t('profile.availability.window', { number }) };
    for (const part of PARTS) {
      windows[`availability.${index}.${part}`] = {
        id: ids.window(row.key, part),
        label: t('profile.availability.part', { number, part: t(`profile.availability.${part}`) }),
      };
    }
  });
  const fields: SummaryFields = {
    handle: { id: ids.handle, label: t('profile.handle') },
    firstName: { id: ids.firstName, label: t('profile.firstName') },
    ...visibility('firstName'),
    pronouns: { id: ids.pronouns, label: t('profile.pronouns') },
    ...visibility('pronouns'),
    ageRange: { id: ids.ageRange, label: t('profile.ageRange') },
    ...visibility('ageRange'),
    country: { id: ids.country, label: t('profile.country') },
    timeZone: { id: ids.timeZone, label: t('profile.timeZone') },
    ...visibility('location'),
    languages: { id: ids.languages, label: t('profile.languages') },
    topics: { id: ids.topics, label: t('profile.topics') },
    ...visibility('topics'),
    identities: { id: ids.identities, label: t('profile.identities') },
    ...visibility('identities'),
    interests: { id: ids.interests, label: t('profile.interests') },
    ...visibility('interests'),
    meetingModes: { id: ids.meetingModes, label: t('profile.meetingModes') },
    availability: { id: ids.addWindow, label: t('profile.availability.legend') },
    ...windows,
  };
  return withNestedTargets(fields, errors);
}
