import type { z } from 'zod';
import { problemSchema, type Problem } from '../../../shared/contracts/problem.js';
import { csrfDto } from '../../../shared/contracts/accounts.js';

/** A failed request, carrying the server's RFC 9457 problem (or one made up for network failures). */
export class ApiError extends Error {
  readonly problem: Problem;
  /** Seconds from the Retry-After header, when the server sent one. */
  readonly retryAfterSeconds: number | null;
  /** The response body as sent, for problems that carry more than the common fields (e.g. place suggestions). */
  readonly body: unknown;

  constructor(problem: Problem, retryAfterSeconds: number | null = null, body: unknown = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
    this.body = body;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

type UnsafeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Method = 'GET' | UnsafeMethod;
type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  body?: unknown;
  query?: Query;
}

let csrfToken: Promise<string> | null = null;

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= request('GET', '/api/auth/csrf', {})
    .then((response) => response.json())
    .then((json: unknown) => csrfDto.parse(json).csrfToken)
    .catch((error: unknown) => {
      csrfToken = null;
      throw error;
    });
  return csrfToken;
}

function withQuery(path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  const json: unknown = await response.json().catch(() => null);
  const parsed = problemSchema.safeParse(json);
  const problem = parsed.success
    ? parsed.data
    : { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status };
  return new ApiError(problem, parseRetryAfter(response.headers.get('retry-after')), json);
}

async function request(method: Method, path: string, options: RequestOptions, token?: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (token) headers['x-csrf-token'] = token;
  const hasBody = options.body !== undefined;
  if (hasBody) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: hasBody ? JSON.stringify(options.body) : undefined,
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' });
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function requestWithCsrf(method: UnsafeMethod, path: string, options: RequestOptions): Promise<Response> {
  try {
    return await request(method, path, options, await fetchCsrfToken());
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'csrf_invalid')) throw error;
    csrfToken = null;
    return request(method, path, options, await fetchCsrfToken());
  }
}

/** GET a JSON resource and check it against its contract. */
export async function getJson<T>(path: string, schema: z.ZodType<T>, query?: Query): Promise<T> {
  const response = await request('GET', path, { query });
  return schema.parse(await response.json());
}

/** A state-changing request that answers with JSON, checked against its contract. */
export async function sendJson<T>(method: UnsafeMethod, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
  const response = await requestWithCsrf(method, path, { body });
  return schema.parse(await response.json());
}

/** A state-changing request that answers 204 No Content. */
export async function send(method: UnsafeMethod, path: string, body?: unknown): Promise<void> {
  await requestWithCsrf(method, path, { body });
}
