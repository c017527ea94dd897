import type { SuggestionsDto, SupportRequestDto, SupportRequestInput } from '../../../../shared/contracts/matching.js';
import type { OwnProfileDto } from '../../../../shared/contracts/profiles.js';
import { MEETING_MODES, type MeetingMode } from '../../../../shared/vocabularies/profile-values.js';
import { toMeetingModes } from '../profiles/profile-form.js';

/** The request form's state: '' where a choice is optional and not made. */
export interface RequestFormState {
  topics: string[];
  primaryTopic: string;
  note: string;
  languages: string[];
  supporterIdentities: string[];
  communities: string[];
  meetingModes: MeetingMode[];
}

export type RelaxablePreference = SuggestionsDto['relax'][number]['preference'];

/** A new request starts from the languages and ways to meet on the member's profile, when they gave any. */
export function newRequestForm(profile?: Pick<OwnProfileDto, 'languages' | 'meetingModes'> | null): RequestFormState {
  return {
    topics: [],
    primaryTopic: '',
    note: '',
    languages: [...(profile?.languages ?? [])],
    supporterIdentities: [],
    communities: [],
    meetingModes: toMeetingModes(profile?.meetingModes ?? []),
  };
}

/** New topics; the most important one is forgotten when it is no longer among them. */
export function withTopics(form: RequestFormState, topics: string[]): RequestFormState {
  return { ...form, topics, primaryTopic: topics.includes(form.primaryTopic) ? form.primaryTopic : '' };
}

/** The POST body: an unchosen most important topic and an empty note are sent as null. */
export function formToRequestInput(form: RequestFormState): SupportRequestInput {
  return {
    topics: form.topics,
    primaryTopic: form.primaryTopic === '' ? null : form.primaryTopic,
    note: form.note.trim() === '' ? null : form.note,
    languages: form.languages,
    supporterIdentities: form.supporterIdentities,
    communities: form.communities,
    meetingModes: form.meetingModes,
  };
}

/** An earlier request as the form would show it, for asking again. */
export function requestToForm(request: SupportRequestDto): RequestFormState {
  return {
    topics: [...request.topics],
    primaryTopic: request.primaryTopic ?? '',
    note: request.note ?? '',
    languages: [...request.languages],
    supporterIdentities: [...request.supporterIdentities],
    communities: [...request.communities],
    meetingModes: toMeetingModes(request.meetingModes),
  };
}

/**
 * The earlier request, opened up on the preference nobody could meet: any identity, or every way to meet.
 * A request always needs a language, so for languages everything stays and the member adds another one.
 */
export function relaxedForm(request: SupportRequestDto, preference: RelaxablePreference): RequestFormState {
  const form = requestToForm(request);
  if (preference === 'supporterIdentities') return { ...form, supporterIdentities: [] };
  if (preference === 'meetingModes') return { ...form, meetingModes: [...MEETING_MODES] };
  return form;
}
