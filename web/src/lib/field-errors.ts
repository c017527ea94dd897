import type { z } from 'zod';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { ApiError } from './http.js';

/** The first error for each field, keyed by the request body's field name. */
export type FieldErrors = Partial<Record<string, FieldError>>;

/** "body.email", "/email" and "email" all name the field "email". */
function fieldName(path: string): string {
  return path.replace(/^body[./]/, '').replace(/^\//, '').replaceAll('/', '.');
}

function collect(errors: readonly FieldError[]): FieldErrors {
  const byField: FieldErrors = {};
  for (const error of errors) {
    const field = fieldName(error.field);
    byField[field] ??= { ...error, field };
  }
  return byField;
}

/** Field errors from a failed request (empty when the problem is not about fields). */
export function fieldErrorsFromProblem(error: unknown): FieldErrors {
  return error instanceof ApiError ? collect(error.problem.errors ?? []) : {};
}

/**
 * Field errors from client-side validation with the shared schemas, in the server's shape.
 * The shared schemas use the error code as the message; zod's own messages fall back to its issue code.
 */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  return collect(
    error.issues.map((issue) => {
      const custom = /^[a-z_]+$/.test(issue.message);
      return { field: issue.path.join('.'), code: custom ? issue.message : issue.code, message: issue.message };
    }),
  );
}
