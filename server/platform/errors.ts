import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from '@fastify/type-provider-zod';
import type { z } from 'zod';
import type { FieldError, Problem } from '../../shared/contracts/problem.js';

/** English wording for field error codes; clients translate the code itself. */
const FIELD_MESSAGES: Record<string, string> = {
  handle_too_short: 'Use at least 3 characters.',
  handle_too_long: 'Use at most 30 characters.',
  handle_contains_email: 'A handle must not contain an email address.',
  handle_contains_phone: 'A handle must not contain a phone number.',
  handle_characters: 'Use letters, numbers, spaces, dots, dashes or underscores.',
  handle_taken: 'This handle is already in use.',
  email_invalid: 'Enter a valid email address.',
  email_taken: 'An account with this email already exists.',
  password_too_short: 'Use at least 8 characters.',
  password_too_long: 'Use at most 256 characters.',
  password_required: 'Enter your password.',
  current_password_wrong: 'Your current password is not correct.',
  required: 'This field is required.',
  url_invalid: 'Enter a full web address starting with https://.',
};

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly fieldErrors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export function fieldError(field: string, code: string, message = FIELD_MESSAGES[code] ?? code): FieldError {
  return { field, code, message };
}

export const problems = {
  unauthenticated: () => new HttpProblem(401, 'unauthenticated', 'Sign in to continue.'),
  forbidden: () => new HttpProblem(403, 'forbidden', 'You do not have permission to do this.'),
  notFound: (what = 'resource') => new HttpProblem(404, 'not_found', `The ${what} was not found.`),
  csrf: (detail: string) => new HttpProblem(403, 'csrf_invalid', detail),
  invalidFields: (errors: FieldError[]) =>
    new HttpProblem(400, 'validation_failed', 'Some fields need attention.', errors),
  conflict: (errors: FieldError[]) => new HttpProblem(409, 'conflict', 'Some values are already in use.', errors),
  /** The request is fine but the thing it acts on is not in a state that allows it (full, answered, ended). */
  stateConflict: (code: string, detail: string) => new HttpProblem(409, code, detail),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new HttpProblem(
      429,
      'too_many_attempts',
      `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    ),
};

function codeFromValidationMessage(message: string | undefined, keyword: string): string {
  return message && /^[a-z_]+$/.test(message) ? message : keyword;
}

/** For input that arrives outside a Fastify route (socket events): the same field errors a route would give. */
export function parseOrProblem<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw problems.invalidFields(parsed.error.issues.map((issue) => {
    const code = codeFromValidationMessage(issue.message, issue.code);
    return fieldError(issue.path.join('.') || 'input', code, FIELD_MESSAGES[code] ?? 'Invalid value.');
  }));
}

/** The problem document for a known problem; anything else is our fault and says so without details. */
export function problemFor(error: unknown): Problem {
  if (error instanceof HttpProblem) return build(error.status, error.code, error.message, error.fieldErrors);
  return build(500, 'internal_error', 'Something went wrong on our side. Please try again.');
}

function toFieldErrors(error: FastifyError & { validation: Array<{ instancePath: string; message?: string; keyword: string }> }): FieldError[] {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  return error.validation.map((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const code = codeFromValidationMessage(issue.message, issue.keyword);
    const message = FIELD_MESSAGES[code] ?? issue.message ?? 'Invalid value.';
    return { field: path || context, code, message };
  });
}

export function sendProblem(reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}): FastifyReply {
  return reply.code(problem.status).headers(headers).type('application/problem+json').send(problem);
}

function build(status: number, code: string, detail: string, errors?: FieldError[]): Problem {
  return {
    type: `urn:kindred:problem:${code}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) return sendProblem(reply, problemFor(error), error.headers);
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(reply, build(400, 'validation_failed', 'Some fields need attention.', toFieldErrors(error as never)));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = status === 429 ? 'rate_limited' : (error.code ?? 'bad_request').toLowerCase();
      return sendProblem(reply, build(status, code, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problemFor(error));
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, build(404, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`)),
  );
}
