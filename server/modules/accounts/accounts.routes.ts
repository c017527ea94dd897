import { z } from 'zod';
import {
  changePasswordBody,
  csrfDto,
  meDto,
  preferencesBody,
  registerBody,
  sessionDto,
  signInBody,
} from '../../../shared/contracts/accounts.js';
import { clearCookie, setHttpOnlyCookie } from '../../platform/auth/cookies.js';
import { issueCsrfToken } from '../../platform/auth/csrf.js';
import type { PlatformContext } from '../../platform/context.js';
import { actorOf, clientOf, idParam, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import type { AccountsService, SignedIn } from './accounts.service.js';

const userEnvelope = z.object({ user: meDto });
const tags = ['accounts'];

export function accountsRoutes(ctx: PlatformContext, service: AccountsService): ModulePlugin {
  const { cookies, sessions } = ctx;

  return async (app) => {
    const signedIn = (reply: Parameters<typeof setHttpOnlyCookie>[0], result: SignedIn) => {
      setHttpOnlyCookie(reply, cookies, cookies.sessionName, result.token, sessions.absoluteLifetimeSeconds());
      return { user: result.user };
    };

    app.get('/api/auth/csrf', {
      config: { access: 'public' },
      schema: { tags, summary: 'Get the CSRF token to send as x-csrf-token', response: { 200: csrfDto } },
    }, async (request, reply) => ({ csrfToken: issueCsrfToken(request, reply, cookies) }));

    app.post('/api/auth/register', {
      config: { access: 'public' },
      schema: { tags, summary: 'Create an account and sign in', body: registerBody, response: { 201: userEnvelope } },
    }, async (request, reply) => {
      const result = await service.register(request.body, clientOf(request));
      return reply.code(201).send(signedIn(reply, result));
    });

    app.post('/api/auth/sign-in', {
      config: { access: 'public' },
      schema: { tags, summary: 'Sign in', body: signInBody, response: { 200: userEnvelope } },
    }, async (request, reply) => {
      const result = await service.signIn(request.body.email, request.body.password, clientOf(request));
      return signedIn(reply, result);
    });

    app.post('/api/auth/sign-out', {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'End this session', response: { 204: noContent } },
    }, async (request, reply) => {
      await service.signOut(actorOf(request), request.ip);
      clearCookie(reply, cookies, cookies.sessionName);
      return sendNoContent(reply);
    });

    app.post('/api/auth/sign-out-everywhere', {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'End every session of this account', response: { 204: noContent } },
    }, async (request, reply) => {
      await service.signOutEverywhere(actorOf(request), request.ip);
      clearCookie(reply, cookies, cookies.sessionName);
      return sendNoContent(reply);
    });

    app.get('/api/me', {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'The signed-in account', response: { 200: userEnvelope } },
    }, async (request) => ({ user: await service.me(actorOf(request)) }));

    app.put('/api/me/preferences', {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Update preferences', body: preferencesBody, response: { 200: userEnvelope } },
    }, async (request) => ({ user: await service.updateLocale(actorOf(request), request.body.locale) }));

    app.post('/api/me/password', {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Change password; ends every other session', body: changePasswordBody, response: { 204: noContent } },
    }, async (request, reply) => {
      const result = await service.changePassword(actorOf(request), request.body, clientOf(request));
      signedIn(reply, result);
      return sendNoContent(reply);
    });

    app.get('/api/me/sessions', {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Active sessions of this account', response: { 200: z.object({ sessions: z.array(sessionDto) }) } },
    }, async (request) => ({ sessions: await service.listSessions(actorOf(request)) }));

    app.delete('/api/me/sessions/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'End one session', params: idParam, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.revokeSession(actorOf(request), request.params.id, request.ip);
      return sendNoContent(reply);
    });
  };
}
