import { describe, expect, it } from 'vitest';
import { registerBody } from '../../../shared/contracts/accounts.js';
import { crisisLineInput } from '../../../shared/contracts/crisis-lines.js';
import { fieldErrorsFromProblem, fieldErrorsFromZod } from './field-errors.js';
import { ApiError } from './http.js';

describe('fieldErrorsFromProblem', () => {
  it('keys errors by body field name and keeps the first error of each field', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Invalid',
      status: 422,
      code: 'validation_failed',
      errors: [
        { field: 'body.email', code: 'email_taken', message: 'taken' },
        { field: 'handle', code: 'handle_taken', message: 'taken' },
        { field: 'handle', code: 'handle_too_long', message: 'long' },
      ],
    });

    const fields = fieldErrorsFromProblem(error);
    expect(fields.email?.code).toBe('email_taken');
    expect(fields.handle?.code).toBe('handle_taken');
  });

  it('finds no field errors in anything else', () => {
    expect(fieldErrorsFromProblem(new Error('boom'))).toEqual({});
  });
});

describe('fieldErrorsFromZod', () => {
  it('uses the shared schemas’ error codes', () => {
    const result = registerBody.safeParse({ email: 'nope', handle: 'me@example.org', password: 'short' });
    if (result.success) throw new Error('expected invalid input');

    const fields = fieldErrorsFromZod(result.error);
    expect(fields.email?.code).toBe('email_invalid');
    expect(fields.handle?.code).toBe('handle_contains_email');
    expect(fields.password?.code).toBe('password_too_short');
  });

  it('falls back to zod’s issue code when a schema has no code of its own', () => {
    const result = crisisLineInput.safeParse({ region: 'Spain', name: 'Línea 024', sortOrder: Number.NaN });
    if (result.success) throw new Error('expected invalid input');

    expect(fieldErrorsFromZod(result.error).sortOrder?.code).toBe('invalid_type');
  });
});
