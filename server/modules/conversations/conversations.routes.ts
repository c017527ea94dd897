import { z } from 'zod';
import {
  conversationDto, editMessageInput, hideMessageInput, messageDto, messageParams, messagesQuery, readInput, sendMessageInput,
} from '../../../shared/contracts/conversations.js';
import { supportCardDto } from '../../../shared/contracts/safety.js';
import { actorOf, idParam, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import { OWN_CONVERSATIONS } from './conversations.policy.js';
import type { ConversationsService } from './conversations.service.js';

const tags = ['conversations'];
const oneMessage = z.object({ message: messageDto });
/** The support card goes to the author alone, in the answer to their own send or edit. */
const authoredMessage = z.object({ message: messageDto, supportCard: supportCardDto.nullable() });

export function conversationsRoutes(service: ConversationsService): ModulePlugin {
  return async (app) => {
    app.get('/api/conversations', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'My conversations with unread counts, most recent first', response: { 200: z.object({ conversations: z.array(conversationDto) }) } },
    }, async (request) => ({ conversations: await service.list(actorOf(request)) }));

    app.get('/api/conversations/:id/messages', {
      config: { access: OWN_CONVERSATIONS },
      schema: {
        tags, summary: 'Messages after a sequence number (catching up) or before one (history)', params: idParam, querystring: messagesQuery,
        response: { 200: z.object({ messages: z.array(messageDto) }) },
      },
    }, async (request) => ({ messages: await service.messages(actorOf(request), request.params.id, request.query) }));

    app.post('/api/conversations/:id/read', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'Mark messages up to a sequence number as read', params: idParam, body: readInput, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.markRead(actorOf(request), request.params.id, request.body.seq);
      return sendNoContent(reply);
    });

    app.post('/api/conversations/:id/delivered', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'Mark messages up to a sequence number as received', params: idParam, body: readInput, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.markDelivered(actorOf(request), request.params.id, request.body.seq);
      return sendNoContent(reply);
    });

    app.post('/api/conversations/:id/messages', {
      config: { access: OWN_CONVERSATIONS },
      schema: {
        tags, summary: 'Send a message; repeating a client id returns the stored message', params: idParam, body: sendMessageInput,
        response: { 200: authoredMessage, 201: authoredMessage },
      },
    }, async (request, reply) => {
      const { message, created, supportCard } = await service.send(actorOf(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send({ message, supportCard });
    });

    app.patch('/api/conversations/:id/messages/:messageId', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'Edit my own message', params: messageParams, body: editMessageInput, response: { 200: authoredMessage } },
    }, async (request) => service.edit(actorOf(request), request.params.id, request.params.messageId, request.body.body));

    app.delete('/api/conversations/:id/messages/:messageId', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'Remove my own message; "message removed" keeps its place', params: messageParams, response: { 200: oneMessage } },
    }, async (request) => ({ message: await service.remove(actorOf(request), request.params.id, request.params.messageId) }));

    app.post('/api/conversations/:id/leave', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'End a private conversation between two members, for both', params: idParam, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.endPeerConversation(actorOf(request), request.params.id);
      return sendNoContent(reply);
    });

    app.post('/api/conversations/:id/messages/:messageId/release', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'A room moderator releases a message held for safety review to the room', params: messageParams, response: { 200: oneMessage } },
    }, async (request) => ({ message: await service.release(actorOf(request), request.params.id, request.params.messageId, request.ip) }));

    app.post('/api/conversations/:id/messages/:messageId/hide', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: "A room moderator hides a message, giving a reason", params: messageParams, body: hideMessageInput, response: { 200: oneMessage } },
    }, async (request) => ({
      message: await service.hide(actorOf(request), request.params.id, request.params.messageId, request.body.reason, request.ip),
    }));
  };
}
