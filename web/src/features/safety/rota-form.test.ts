import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod } from '../../lib/field-errors.js';
import { shiftFormSchema, shiftRequestFrom } from './rota-form.js';

function errorCodes(values: Parameters<typeof shiftRequestFrom>[0]) {
  const result = shiftFormSchema.safeParse(shiftRequestFrom(values));
  if (result.success) return {};
  return Object.fromEntries(Object.entries(fieldErrorsFromZod(result.error)).map(([field, error]) => [field, error?.code]));
}

describe('the rota form', () => {
  it('sends a picked supervisor, both times with their offset, and the position as a number', () => {
    const parsed = shiftFormSchema.parse(shiftRequestFrom({ userId: 'u1', startsAt: '2030-03-01T08:00', endsAt: '2030-03-01T16:00', position: '2' }));
    expect(parsed).toMatchObject({ userId: 'u1', position: 2 });
    expect(parsed.startsAt).toMatch(/^2030-03-01T08:00:00[+-]\d{2}:\d{2}$/);
  });

  it('takes the first position when none is given', () => {
    expect(shiftFormSchema.parse(shiftRequestFrom({ userId: 'u1', startsAt: '2030-03-01T08:00', endsAt: '2030-03-01T16:00', position: '' })).position).toBe(1);
  });

  it('names each field that is wrong: nobody picked, a missing time, an end before the start', () => {
    expect(errorCodes({ userId: '', startsAt: '', endsAt: '2030-03-01T16:00', position: '1' })).toMatchObject({ userId: 'supervisor_required', startsAt: 'datetime_invalid' });
    expect(errorCodes({ userId: 'u1', startsAt: '2030-03-01T16:00', endsAt: '2030-03-01T08:00', position: '1' })).toEqual({ endsAt: 'shift_ends_before_start' });
  });
});
