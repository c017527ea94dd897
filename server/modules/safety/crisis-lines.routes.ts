import { z } from 'zod';
import { crisisLineDto, crisisLineInput } from '../../../shared/contracts/crisis-lines.js';
import { actorOf, idParam, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import type { CrisisLinesService } from './crisis-lines.service.js';
import { EDIT_CRISIS_LINES, READ_CRISIS_LINES } from './safety.policy.js';

const tags = ['safety'];
const lineEnvelope = z.object({ line: crisisLineDto });

export function crisisLinesRoutes(service: CrisisLinesService): ModulePlugin {
  return async (app) => {
    app.get('/api/crisis-lines', {
      config: { access: READ_CRISIS_LINES },
      schema: { tags, summary: 'Crisis lines to show anyone who needs help now', response: { 200: z.object({ lines: z.array(crisisLineDto) }) } },
    }, async () => ({ lines: await service.list() }));

    app.post('/api/admin/crisis-lines', {
      config: { access: EDIT_CRISIS_LINES },
      schema: { tags, summary: 'Add a crisis line', body: crisisLineInput, response: { 201: lineEnvelope } },
    }, async (request, reply) =>
      reply.code(201).send({ line: await service.create(actorOf(request), request.body, request.ip) }));

    app.put('/api/admin/crisis-lines/:id', {
      config: { access: EDIT_CRISIS_LINES },
      schema: { tags, summary: 'Edit a crisis line', params: idParam, body: crisisLineInput, response: { 200: lineEnvelope } },
    }, async (request) => ({ line: await service.update(actorOf(request), request.params.id, request.body, request.ip) }));

    app.delete('/api/admin/crisis-lines/:id', {
      config: { access: EDIT_CRISIS_LINES },
      schema: { tags, summary: 'Remove a crisis line', params: idParam, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.remove(actorOf(request), request.params.id, request.ip);
      return sendNoContent(reply);
    });
  };
}
