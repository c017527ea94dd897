import type { FieldErrors } from '../../../lib/field-errors.js';
import type { ProfileFormState } from '../profile-form.js';
import type { ProfileFieldIds } from './profile-field-ids.js';

/** What each part of the profile editor receives. */
export interface ProfileSectionProps {
  form: ProfileFormState;
  update: (patch: Partial<ProfileFormState>) => void;
  errors: FieldErrors;
  ids: ProfileFieldIds;
}
