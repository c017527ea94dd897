import { describe, expect, it } from 'vitest';
import { supporterSettingsInput, type SupporterProfileDto } from '../../../../shared/contracts/profiles.js';
import { fieldErrorsFromZod } from '../../lib/field-errors.js';
import { canPause, formToSettingsInput, settingsToForm } from './settings-form.js';

const supporter: SupporterProfileDto = {
  story: 'I found my way back through walking groups.',
  storyVisibility: 'members',
  supportTopics: ['anxiety'],
  capacity: 4,
  status: 'paused',
  acceptingNew: true,
  trainingCompletedAt: '2026-11-20T10:00:00Z',
};

describe('supporter settings form', () => {
  it('round-trips the saved settings, with pause taken from the status', () => {
    expect(formToSettingsInput(settingsToForm(supporter))).toEqual({
      story: supporter.story,
      storyVisibility: 'members',
      supportTopics: ['anxiety'],
      capacity: 4,
      acceptingNew: true,
      paused: true,
    });
  });

  it('turns an empty story into null and rejects an empty capacity', () => {
    const input = formToSettingsInput({ ...settingsToForm(supporter), story: ' ', capacity: '' });
    expect(input.story).toBeNull();
    const result = supporterSettingsInput.safeParse(input);
    if (result.success) throw new Error('expected invalid input');
    expect(Object.keys(fieldErrorsFromZod(result.error))).toEqual(['capacity']);
  });

  it('rejects capacities outside 1 to 20 with the shared code', () => {
    const result = supporterSettingsInput.safeParse(formToSettingsInput({ ...settingsToForm(supporter), capacity: '25' }));
    if (result.success) throw new Error('expected invalid input');
    expect(fieldErrorsFromZod(result.error).capacity?.code).toBe('capacity_range');
  });

  it('offers pausing only after training', () => {
    expect(canPause({ status: 'in_training' })).toBe(false);
    expect(canPause({ status: 'active' })).toBe(true);
  });
});
