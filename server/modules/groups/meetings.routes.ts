import { z } from 'zod';
import { changeMeetingInput, meetingDto, meetingParams, meetingsQuery, rsvpInput } from '../../../shared/contracts/groups.js';
import { actorOf, idParam, type ModulePlugin } from '../../platform/http.js';
import { GROUP_PEOPLE } from './groups.policy.js';
import type { MeetingsService } from './meetings.service.js';

const tags = ['groups'];
const oneMeeting = z.object({ meeting: meetingDto });

export function meetingsRoutes(service: MeetingsService): ModulePlugin {
  return async (app) => {
    const config = { access: GROUP_PEOPLE };

    app.get('/api/groups/:id/meetings', {
      config, schema: { tags, summary: 'Upcoming (or, for people in the group, past) meetings with one-off changes applied', params: idParam, querystring: meetingsQuery, response: { 200: z.object({ meetings: z.array(meetingDto) }) } },
    }, async (request) => ({ meetings: await service.list(actorOf(request), request.params.id, request.query) }));

    app.get('/api/groups/:id/meetings/:occurrence', {
      config, schema: { tags, summary: 'One meeting, named by the start its rule gives', params: meetingParams, response: { 200: oneMeeting } },
    }, async (request) => ({ meeting: await service.get(actorOf(request), request.params.id, request.params.occurrence) }));

    app.patch('/api/groups/:id/meetings/:occurrence', {
      config, schema: { tags, summary: 'Move one meeting (local time in the group’s zone), cancel it, or restore it', params: meetingParams, body: changeMeetingInput, response: { 200: oneMeeting } },
    }, async (request) => ({ meeting: await service.change(actorOf(request), request.params.id, request.params.occurrence, request.body, request.ip) }));

    app.put('/api/groups/:id/meetings/:occurrence/rsvp', {
      config, schema: { tags, summary: 'A member answers yes, no or maybe for a meeting still to come', params: meetingParams, body: rsvpInput, response: { 200: oneMeeting } },
    }, async (request) => ({ meeting: await service.rsvp(actorOf(request), request.params.id, request.params.occurrence, request.body.answer) }));
  };
}
