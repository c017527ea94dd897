import { z } from 'zod';
import { createGroupInput, FACILITATOR_ROLES, groupDto, groupListQuery, memberActionParams, updateGroupInput } from '../../../shared/contracts/groups.js';
import { actorOf, idParam, type ModulePlugin } from '../../platform/http.js';
import { CREATES_GROUPS, GROUP_PEOPLE } from './groups.policy.js';
import type { GroupsService } from './groups.service.js';

const tags = ['groups'];
const oneGroup = z.object({ group: groupDto });

export function groupsRoutes(service: GroupsService): ModulePlugin {
  return async (app) => {
    app.get('/api/groups', {
      config: { access: GROUP_PEOPLE },
      schema: { tags, summary: 'Peer-led groups I may see (public ones, and any I am in, waiting for, invited to or facilitate)', querystring: groupListQuery, response: { 200: z.object({ groups: z.array(groupDto) }) } },
    }, async (request) => ({ groups: await service.list(actorOf(request), { mine: request.query.scope === 'mine', includeArchived: request.query.includeArchived }) }));

    app.get('/api/groups/:id', {
      config: { access: GROUP_PEOPLE },
      schema: { tags, summary: 'A group with its agreement; the video link and room only for people in it', params: idParam, response: { 200: oneGroup } },
    }, async (request) => ({ group: await service.get(actorOf(request), request.params.id) }));

    app.post('/api/groups', {
      config: { access: CREATES_GROUPS },
      schema: { tags, summary: 'Start a group with trained facilitators (its room opens with it)', body: createGroupInput, response: { 201: oneGroup } },
    }, async (request, reply) => reply.code(201).send({ group: await service.create(actorOf(request), request.body, request.ip) }));

    app.patch('/api/groups/:id', {
      config: { access: GROUP_PEOPLE },
      schema: { tags, summary: 'Facilitators (and staff) change the group; a changed agreement is accepted again', params: idParam, body: updateGroupInput, response: { 200: oneGroup } },
    }, async (request) => ({ group: await service.update(actorOf(request), request.params.id, request.body, request.ip) }));

    app.put('/api/groups/:id/facilitators/:userId', {
      config: { access: CREATES_GROUPS },
      schema: { tags, summary: 'Make a trained supporter a facilitator, or change their role', params: memberActionParams, body: z.object({ role: z.enum(FACILITATOR_ROLES) }), response: { 200: oneGroup } },
    }, async (request) => ({ group: await service.setFacilitator(actorOf(request), request.params.id, { userId: request.params.userId, role: request.body.role }, request.ip) }));

    app.delete('/api/groups/:id/facilitators/:userId', {
      config: { access: CREATES_GROUPS },
      schema: { tags, summary: 'Stop someone facilitating the group (it always keeps one lead)', params: memberActionParams, response: { 200: oneGroup } },
    }, async (request) => ({ group: await service.removeFacilitator(actorOf(request), request.params.id, request.params.userId, request.ip) }));
  };
}
