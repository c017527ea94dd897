import type { FastifyInstance } from 'fastify';
import type { CookiePolicy } from './cookies.js';
import { clearCookie } from './cookies.js';
import type { SessionStore } from './session-store.js';

export function registerAuthentication(app: FastifyInstance, sessions: SessionStore, cookies: CookiePolicy): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[cookies.sessionName];
    if (!token) return;
    request.actor = await sessions.resolve(token);
    if (!request.actor) clearCookie(reply, cookies, cookies.sessionName);
  });
}
