import { z } from 'zod';
import { calendarFeedDto } from '../../../shared/contracts/support.js';
import { actorOf, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import type { CalendarService } from './calendar.service.js';

const tags = ['support'];

export function calendarRoutes(service: CalendarService): ModulePlugin {
  return async (app) => {
    const config = { access: 'signed-in' as const };

    app.get('/api/me/calendar-feed', {
      config, schema: { tags, summary: 'Whether my private calendar link is on', response: { 200: calendarFeedDto } },
    }, async (request) => service.status(actorOf(request)));

    app.post('/api/me/calendar-feed', {
      config, schema: { tags, summary: 'Make a new private calendar link (the old one stops working); shown once', response: { 201: calendarFeedDto } },
    }, async (request, reply) => reply.code(201).send(await service.create(actorOf(request))));

    app.delete('/api/me/calendar-feed', {
      config, schema: { tags, summary: 'Turn my calendar link off', response: { 204: noContent } },
    }, async (request, reply) => {
      await service.revoke(actorOf(request));
      return sendNoContent(reply);
    });

    // Calendar programs fetch this without a session: the secret in the path is the credential.
    app.get('/calendar/:file', {
      schema: { hide: true, params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/) }) },
    }, async (request, reply) => {
      const text = await service.render(request.params.file.slice(0, -'.ics'.length));
      if (text === null) return reply.code(404).type('text/plain; charset=utf-8').send('This calendar link is not active.');
      return reply.header('cache-control', 'private, max-age=300').type('text/calendar; charset=utf-8').send(text);
    });
  };
}
