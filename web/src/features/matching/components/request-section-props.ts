import type { FieldErrors } from '../../../lib/field-errors.js';
import type { RequestFormState } from '../request-form.js';
import type { RequestFieldIds } from './request-field-ids.js';

/** What each part of the request form receives. */
export interface RequestSectionProps {
  form: RequestFormState;
  update: (patch: Partial<RequestFormState>) => void;
  errors: FieldErrors;
  ids: RequestFieldIds;
}
