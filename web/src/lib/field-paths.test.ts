import { describe, expect, it } from 'vitest';
import { profileInput } from '../../../shared/contracts/profiles.js';
import { fieldErrorsFromProblem, fieldErrorsFromZod, type FieldErrors } from './field-errors.js';
import { errorAt, errorWithin, nearestKnownPath, withNestedTargets } from './field-paths.js';
import { ApiError } from './http.js';

const error = (field: string, code: string) => ({ field, code, message: code });

describe('errorAt and errorWithin', () => {
  const errors: FieldErrors = {
    'availability.2.end': error('availability.2.end', 'window_end_before_start'),
    'topics.0': error('topics.0', 'topic_unknown'),
  };

  it('finds an error at an exact nested path', () => {
    expect(errorAt(errors, 'availability', 2, 'end')?.code).toBe('window_end_before_start');
    expect(errorAt(errors, 'availability', 2, 'start')).toBeUndefined();
  });

  it('finds errors anywhere inside a group, but not in groups that merely share a prefix', () => {
    expect(errorWithin(errors, 'availability')?.code).toBe('window_end_before_start');
    expect(errorWithin(errors, 'topics')?.code).toBe('topic_unknown');
    expect(errorWithin({ topicsExtra: error('topicsExtra', 'x') }, 'topics')).toBeUndefined();
  });
});

describe('nested paths from the server and from the shared schema', () => {
  it('keeps the server’s dotted paths, whatever prefix it uses', () => {
    const problem = new ApiError({
      type: 'about:blank',
      title: 'Invalid',
      status: 422,
      errors: [error('body.availability.2.end', 'window_end_before_start'), error('/languages/1', 'language_unknown')],
    });
    expect(Object.keys(fieldErrorsFromProblem(problem)).sort()).toEqual(['availability.2.end', 'languages.1']);
  });

  it('gets the same paths from client-side checks', () => {
    const result = profileInput.safeParse({
      handle: 'Quiet Fern',
      availability: [
        { day: 0, start: '09:00', end: '10:00' },
        { day: 0, start: '09:30', end: '11:00' },
        { day: 1, start: '12:00', end: '08:00' },
      ],
    });
    if (result.success) throw new Error('expected invalid input');
    const fields = fieldErrorsFromZod(result.error);
    expect(fields['availability.2.end']?.code).toBe('window_end_before_start');
    expect(fields['availability.1']?.code).toBe('window_overlap');
  });
});

describe('nearestKnownPath', () => {
  it('walks up the path until it meets a known field', () => {
    const known = new Set(['availability', 'availability.2.end']);
    expect(nearestKnownPath('availability.2.end', (p) => known.has(p))).toBe('availability.2.end');
    expect(nearestKnownPath('availability.2.start', (p) => known.has(p))).toBe('availability');
    expect(nearestKnownPath('country', (p) => known.has(p))).toBeNull();
  });
});

describe('withNestedTargets', () => {
  it('points nested errors at their nearest field and keeps form order', () => {
    const fields = {
      handle: { id: 'h', label: 'Handle' },
      languages: { id: 'l', label: 'Languages' },
      availability: { id: 'a', label: 'Availability' },
    };
    const errors: FieldErrors = {
      'availability.0': error('availability.0', 'window_overlap'),
      'languages.1': error('languages.1', 'language_unknown'),
      unrelated: error('unrelated', 'x'),
    };
    const result = withNestedTargets(fields, errors);
    expect(Object.keys(result)).toEqual(['handle', 'languages', 'languages.1', 'availability', 'availability.0']);
    expect(result['languages.1']).toEqual(fields.languages);
  });
});
