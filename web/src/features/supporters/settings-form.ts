import type { SupporterProfileDto, SupporterSettingsInput } from '../../../../shared/contracts/profiles.js';
import type { Visibility } from '../../../../shared/vocabularies/profile-values.js';

export interface SupporterSettingsFormState {
  story: string;
  storyVisibility: Visibility;
  supportTopics: string[];
  /** As typed in the number input. */
  capacity: string;
  acceptingNew: boolean;
  paused: boolean;
}

/** Pausing is only possible once training is complete; these are the statuses where it applies. */
export function canPause(supporter: Pick<SupporterProfileDto, 'status'>): boolean {
  return supporter.status === 'active' || supporter.status === 'paused';
}

export function settingsToForm(supporter: SupporterProfileDto): SupporterSettingsFormState {
  return {
    story: supporter.story ?? '',
    storyVisibility: supporter.storyVisibility,
    supportTopics: [...supporter.supportTopics],
    capacity: String(supporter.capacity),
    acceptingNew: supporter.acceptingNew,
    paused: supporter.status === 'paused',
  };
}

/** The PUT body; an empty or non-numeric capacity becomes NaN so the shared schema rejects it. */
export function formToSettingsInput(form: SupporterSettingsFormState): SupporterSettingsInput {
  return {
    story: form.story.trim() === '' ? null : form.story,
    storyVisibility: form.storyVisibility,
    supportTopics: form.supportTopics,
    capacity: form.capacity.trim() === '' ? Number.NaN : Number(form.capacity),
    acceptingNew: form.acceptingNew,
    paused: form.paused,
  };
}
