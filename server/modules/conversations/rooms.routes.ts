import { z } from 'zod';
import {
  createRoomInput, joinRoomInput, moderatorInput, removeRoomMemberInput, roomDto, roomMemberDto, roomMemberParams, updateRoomInput,
} from '../../../shared/contracts/rooms.js';
import { actorOf, idParam, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import { ROOM_ADMINS, ROOM_PARTICIPANTS } from './rooms.policy.js';
import type { RoomsService } from './rooms.service.js';

const tags = ['rooms'];
const oneRoom = z.object({ room: roomDto });

export function roomsRoutes(service: RoomsService): ModulePlugin {
  return async (app) => {
    app.get('/api/rooms', {
      config: { access: ROOM_PARTICIPANTS },
      schema: { tags, summary: 'Topic chat rooms', response: { 200: z.object({ rooms: z.array(roomDto) }) } },
    }, async (request) => ({ rooms: await service.list(actorOf(request)) }));

    app.get('/api/rooms/:id', {
      config: { access: ROOM_PARTICIPANTS },
      schema: { tags, summary: 'A room with its community agreement', params: idParam, response: { 200: oneRoom } },
    }, async (request) => ({ room: await service.get(actorOf(request), request.params.id) }));

    app.post('/api/rooms/:id/join', {
      config: { access: ROOM_PARTICIPANTS },
      schema: { tags, summary: 'Accept the community agreement (this version) and join, or accept a changed agreement', params: idParam, body: joinRoomInput, response: { 200: oneRoom } },
    }, async (request) => ({ room: await service.join(actorOf(request), request.params.id, request.body.agreementVersion) }));

    app.post('/api/rooms/:id/leave', {
      config: { access: ROOM_PARTICIPANTS },
      schema: { tags, summary: 'Leave a room', params: idParam, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.leave(actorOf(request), request.params.id);
      return sendNoContent(reply);
    });

    app.get('/api/rooms/:id/members', {
      config: { access: ROOM_PARTICIPANTS },
      schema: { tags, summary: "A room's members, for its moderators and admins", params: idParam, response: { 200: z.object({ members: z.array(roomMemberDto) }) } },
    }, async (request) => ({ members: await service.members(actorOf(request), request.params.id) }));

    app.post('/api/rooms/:id/members/:userId/remove', {
      config: { access: ROOM_PARTICIPANTS },
      schema: { tags, summary: 'A moderator removes a member, giving a reason', params: roomMemberParams, body: removeRoomMemberInput, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.removeMember(actorOf(request), request.params.id, request.params.userId, request.body.reason, request.ip);
      return sendNoContent(reply);
    });

    app.post('/api/admin/rooms', {
      config: { access: ROOM_ADMINS },
      schema: { tags, summary: 'Create a topic room', body: createRoomInput, response: { 201: oneRoom } },
    }, async (request, reply) => reply.code(201).send({ room: await service.create(actorOf(request), request.body, request.ip) }));

    app.patch('/api/admin/rooms/:id', {
      config: { access: ROOM_ADMINS },
      schema: { tags, summary: 'Change a room; a changed agreement must be accepted again', params: idParam, body: updateRoomInput, response: { 200: oneRoom } },
    }, async (request) => ({ room: await service.update(actorOf(request), request.params.id, request.body, request.ip) }));

    app.post('/api/admin/rooms/:id/moderators', {
      config: { access: ROOM_ADMINS },
      schema: { tags, summary: 'Make a trained person a moderator of the room', params: idParam, body: moderatorInput, response: { 200: oneRoom } },
    }, async (request) => ({ room: await service.addModerator(actorOf(request), request.params.id, request.body.userId, request.ip) }));

    app.delete('/api/admin/rooms/:id/moderators/:userId', {
      config: { access: ROOM_ADMINS },
      schema: { tags, summary: 'Stop someone moderating the room (they stay a member)', params: roomMemberParams, response: { 200: oneRoom } },
    }, async (request) => ({ room: await service.removeModerator(actorOf(request), request.params.id, request.params.userId, request.ip) }));
  };
}
