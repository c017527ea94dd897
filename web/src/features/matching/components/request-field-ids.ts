import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../lib/field-errors.js';
import { withNestedTargets } from '../../../lib/field-paths.js';
import type { SummaryFields } from '../../../ui/ErrorSummary.js';

/** The ids of the request form's controls, so errors and the error summary can point at them. */
export function requestFieldIds(base: string) {
  return {
    topics: `${base}-topics`,
    primaryTopic: `${base}-primary-topic`,
    note: `${base}-note`,
    languages: `${base}-languages`,
    supporterIdentities: `${base}-identities`,
    communities: `${base}-communities`,
    meetingModes: `${base}-meeting-modes`,
  };
}

export type RequestFieldIds = ReturnType<typeof requestFieldIds>;

/** The error summary's map from request paths to controls, in the order of the form ("languages.1" → the languages). */
export function requestSummaryFields(t: TFunction, ids: RequestFieldIds, errors: FieldErrors): SummaryFields {
  return withNestedTargets(
    {
      topics: { id: ids.topics, label: t('support.form.topics') },
      primaryTopic: { id: ids.primaryTopic, label: t('support.form.primaryTopic') },
      note: { id: ids.note, label: t('support.form.note') },
      languages: { id: ids.languages, label: t('support.form.languages') },
      supporterIdentities: { id: ids.supporterIdentities, label: t('support.form.identities') },
      communities: { id: ids.communities, label: t('support.form.communities') },
      meetingModes: { id: ids.meetingModes, label: t('support.form.meetingModes') },
    },
    errors,
  );
}
