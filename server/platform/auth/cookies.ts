import type { FastifyReply } from 'fastify';

export interface CookiePolicy {
  sessionName: string;
  csrfName: string;
  secure: boolean;
}

/** Over HTTPS the __Host- prefix pins cookies to this exact origin. */
export function cookiePolicy(publicUrl: string): CookiePolicy {
  const secure = publicUrl.startsWith('https://');
  const prefix = secure ? '__Host-' : '';
  return { sessionName: `${prefix}kindred_session`, csrfName: `${prefix}kindred_csrf`, secure };
}

export function setHttpOnlyCookie(reply: FastifyReply, policy: CookiePolicy, name: string, value: string, maxAgeSeconds?: number): void {
  reply.setCookie(name, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: policy.secure,
    ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}),
  });
}

export function clearCookie(reply: FastifyReply, policy: CookiePolicy, name: string): void {
  reply.clearCookie(name, { path: '/', httpOnly: true, sameSite: 'lax', secure: policy.secure });
}
