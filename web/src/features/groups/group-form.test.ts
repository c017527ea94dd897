import { describe, expect, it } from 'vitest';
import { createGroupInput } from '../../../../shared/contracts/groups.js';
import { groupFormToInput, ruleFor, type GroupFormValues } from './group-form.js';

const values: GroupFormValues = {
  name: 'Tuesday evenings', description: '', topics: ['anxiety'], language: 'es', format: 'in_person', placeName: 'Lavapiés',
  address: 'Calle Falsa 1', latitude: '40.41', longitude: '-3.70', videoLink: 'https://meet.example.test/x', timeZone: 'Europe/Madrid',
  repeat: 'weekly', startsLocal: '2026-12-08T18:30', durationMinutes: '90', capacity: '10', agreement: '', listing: 'public', facilitatorId: 'u1',
};

describe('create group form', () => {
  it('makes the rule from how often and the first meeting’s date', () => {
    expect(ruleFor('weekly', '2026-12-08T18:30')).toBe('FREQ=WEEKLY');
    expect(ruleFor('fortnightly', '2026-12-08T18:30')).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(ruleFor('monthly', '2026-12-08T18:30')).toBe('FREQ=MONTHLY;BYDAY=2TU');
    expect(ruleFor('monthly', '2026-12-29T18:30')).toBe('FREQ=MONTHLY;BYDAY=-1TU');
  });

  it('sends the place for in-person groups and the link for online ones, never both unasked', () => {
    const inPerson = groupFormToInput(values);
    expect(inPerson).toMatchObject({ latitude: 40.41, longitude: -3.7, videoLink: null, capacity: 10, durationMinutes: 90 });
    expect(inPerson).not.toHaveProperty('agreement');
    expect(createGroupInput.safeParse(inPerson).success).toBe(true);
    const online = groupFormToInput({ ...values, format: 'online' });
    expect(online).toMatchObject({ address: null, latitude: null, placeName: null, videoLink: 'https://meet.example.test/x' });
  });

  it('leaves empty numbers and a missing facilitator for the shared schema to name', () => {
    const result = createGroupInput.safeParse(groupFormToInput({ ...values, capacity: '', facilitatorId: '' }));
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['capacity', 'facilitators']));
  });
});
