import { z } from 'zod';
import {
  groupMemberDto, groupMembersDto, inviteInput, joinGroupInput, joinGroupResponse, memberActionParams, muteMemberInput, myGroupMembershipDto, myGroupSettingsInput, removeMemberInput,
} from '../../../shared/contracts/groups.js';
import { actorOf, idParam, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import { GROUP_PEOPLE } from './groups.policy.js';
import type { MembershipService } from './membership.service.js';

const tags = ['groups'];

export function membershipRoutes(service: MembershipService): ModulePlugin {
  return async (app) => {
    const config = { access: GROUP_PEOPLE };

    app.post('/api/groups/:id/join', {
      config, schema: {
        tags, summary: 'Accept the group agreement (this version) and join; a full group puts me on the waitlist (201, status waitlisted). Also re-accepts a changed agreement (200)',
        params: idParam, body: joinGroupInput, response: { 200: joinGroupResponse, 201: joinGroupResponse },
      },
    }, async (request, reply) => {
      const { created, ...result } = await service.join(actorOf(request), request.params.id, request.body.agreementVersion);
      return reply.code(created ? 201 : 200).send(result);
    });

    app.post('/api/groups/:id/leave', {
      config, schema: { tags, summary: 'Leave the group, the waitlist, or decline an invitation', params: idParam, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.leave(actorOf(request), request.params.id);
      return sendNoContent(reply);
    });

    app.put('/api/groups/:id/me', {
      config, schema: { tags, summary: 'My settings in a group: whether facilitators record my name at meetings', params: idParam, body: myGroupSettingsInput, response: { 200: z.object({ membership: myGroupMembershipDto }) } },
    }, async (request) => ({ membership: await service.settings(actorOf(request), request.params.id, request.body) }));

    app.post('/api/groups/:id/invitations', {
      config, schema: { tags, summary: 'Facilitators invite someone by handle', params: idParam, body: inviteInput, response: { 201: z.object({ member: groupMemberDto }) } },
    }, async (request, reply) => reply.code(201).send({ member: await service.invite(actorOf(request), request.params.id, request.body.handle, request.ip) }));

    app.get('/api/groups/:id/members', {
      config, schema: { tags, summary: 'Members, the waitlist in order and open invitations, for facilitators and staff', params: idParam, response: { 200: groupMembersDto } },
    }, async (request) => service.members(actorOf(request), request.params.id, request.ip));

    app.post('/api/groups/:id/members/:userId/remove', {
      config, schema: { tags, summary: 'A facilitator removes a member with a reason (also from the room)', params: memberActionParams, body: removeMemberInput, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.remove(actorOf(request), request.params.id, request.params.userId, request.body.reason, request.ip);
      return sendNoContent(reply);
    });

    app.post('/api/groups/:id/members/:userId/mute', {
      config, schema: { tags, summary: 'A facilitator pauses a member’s writing in the room for some hours (null lifts it), with a reason', params: memberActionParams, body: muteMemberInput, response: { 200: z.object({ member: groupMemberDto }) } },
    }, async (request) => ({ member: await service.mute(actorOf(request), request.params.id, request.params.userId, request.body, request.ip) }));
  };
}
