import { z } from 'zod';
import { attendanceInput, meetingDto, meetingNoteDto, meetingNoteInput, meetingParams } from '../../../shared/contracts/groups.js';
import { actorOf, idParam, type ModulePlugin } from '../../platform/http.js';
import type { FacilitationService } from './facilitation.service.js';
import { GROUP_PEOPLE } from './groups.policy.js';

const tags = ['groups'];

export function facilitationRoutes(service: FacilitationService): ModulePlugin {
  return async (app) => {
    const config = { access: GROUP_PEOPLE };

    app.put('/api/groups/:id/meetings/:occurrence/attendance', {
      config, schema: { tags, summary: 'Facilitators record who came; members who opted out are counted, not named', params: meetingParams, body: attendanceInput, response: { 200: z.object({ meeting: meetingDto }) } },
    }, async (request) => ({ meeting: await service.recordAttendance(actorOf(request), request.params.id, request.params.occurrence, request.body.present) }));

    app.put('/api/groups/:id/meetings/:occurrence/note', {
      config, schema: { tags, summary: 'The meeting note and fidelity checklist (facilitators; private to them and supervisors)', params: meetingParams, body: meetingNoteInput, response: { 200: z.object({ note: meetingNoteDto }) } },
    }, async (request) => ({ note: await service.writeNote(actorOf(request), request.params.id, request.params.occurrence, request.body) }));

    app.get('/api/groups/:id/notes', {
      config, schema: { tags, summary: 'Meeting notes, newest first: facilitators, and supervisors (audited)', params: idParam, response: { 200: z.object({ notes: z.array(meetingNoteDto) }) } },
    }, async (request) => ({ notes: await service.notes(actorOf(request), request.params.id, request.ip) }));
  };
}
