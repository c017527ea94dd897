import { z } from 'zod';
import { supportCardDto } from '../../../shared/contracts/safety.js';
import { closingNoteInput, sessionNoteDto, sessionNoteInput, sessionNoteUpdate } from '../../../shared/contracts/support.js';
import { actorOf, idParam, type ModulePlugin } from '../../platform/http.js';
import type { NotesService } from './notes.service.js';
import { IN_A_RELATIONSHIP } from './support.policy.js';

const tags = ['support'];
const relationshipParams = z.object({ relationshipId: z.string().min(1).max(64) });

export function notesRoutes(service: NotesService): ModulePlugin {
  return async (app) => {
    const config = { access: IN_A_RELATIONSHIP };

    app.get('/api/relationships/:relationshipId/notes', {
      config, schema: { tags, summary: 'Session notes: all for the supporter and their supervisors (audited), shared ones for the member', params: relationshipParams, response: { 200: z.object({ notes: z.array(sessionNoteDto) }) } },
    }, async (request) => ({ notes: await service.list(actorOf(request), request.params.relationshipId, request.ip) }));

    app.post('/api/relationships/:relationshipId/notes', {
      config, schema: { tags, summary: 'A supporter writes a session note (private unless shared with the member)', params: relationshipParams, body: sessionNoteInput, response: { 201: z.object({ note: sessionNoteDto }) } },
    }, async (request, reply) => reply.code(201).send({ note: (await service.write(actorOf(request), request.params.relationshipId, request.body)).note }));

    app.patch('/api/notes/:id', {
      config, schema: { tags, summary: 'Edit or share one of my session notes', params: idParam, body: sessionNoteUpdate, response: { 200: z.object({ note: sessionNoteDto }) } },
    }, async (request) => ({ note: await service.update(actorOf(request), request.params.id, request.body) }));

    app.post('/api/relationships/:relationshipId/closing-note', {
      config, schema: { tags, summary: 'My short note on a relationship that has ended (one each)', params: relationshipParams, body: closingNoteInput, response: { 201: z.object({ supportCard: supportCardDto.nullable() }) } },
    }, async (request, reply) => reply.code(201).send(await service.writeClosingNote(actorOf(request), request.params.relationshipId, request.body)));
  };
}
