import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problems } from '../errors.js';
import { type CookiePolicy, setHttpOnlyCookie } from './cookies.js';
import { newSecretToken, safeEqual } from './tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

function requestOrigin(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin && origin !== 'null') return origin;
  const referer = request.headers.referer;
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/** The browser's token lives in an HttpOnly cookie and is echoed in a header only same-origin script can send. */
export function issueCsrfToken(request: FastifyRequest, reply: FastifyReply, cookies: CookiePolicy): string {
  const existing = request.cookies[cookies.csrfName];
  if (existing) return existing;
  const token = newSecretToken();
  setHttpOnlyCookie(reply, cookies, cookies.csrfName, token);
  return token;
}

export function registerCsrfProtection(app: FastifyInstance, allowedOrigin: string, cookies: CookiePolicy): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = requestOrigin(request);
    if (origin !== allowedOrigin) throw problems.csrf('Requests must come from this site.');
    const cookieToken = request.cookies[cookies.csrfName];
    const headerToken = request.headers[CSRF_HEADER];
    if (!cookieToken || typeof headerToken !== 'string' || !safeEqual(cookieToken, headerToken)) {
      throw problems.csrf('Missing or invalid CSRF token. Reload the page and try again.');
    }
  });
}
