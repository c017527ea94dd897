import { z } from 'zod';
import { chatInvitationDto, chatInvitationInput } from '../../../shared/contracts/conversations.js';
import { actorOf, idParam, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import type { ChatInvitationsService } from './chat-invitations.service.js';
import { OWN_CONVERSATIONS } from './conversations.policy.js';

const tags = ['conversations'];
const oneInvitation = z.object({ invitation: chatInvitationDto });

export function chatInvitationsRoutes(service: ChatInvitationsService): ModulePlugin {
  return async (app) => {
    app.get('/api/chat-invitations', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'Invitations to a private conversation I have received or sent and not yet answered', response: { 200: z.object({ received: z.array(chatInvitationDto), sent: z.array(chatInvitationDto) }) } },
    }, async (request) => service.pending(actorOf(request)));

    app.post('/api/chat-invitations', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'Invite another member, by handle, to a private conversation', body: chatInvitationInput, response: { 201: oneInvitation } },
    }, async (request, reply) => reply.code(201).send({ invitation: await service.invite(actorOf(request), request.body.handle) }));

    app.post('/api/chat-invitations/:id/accept', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'Accept an invitation; the private conversation opens for both', params: idParam, response: { 200: oneInvitation } },
    }, async (request) => ({ invitation: await service.accept(actorOf(request), request.params.id) }));

    app.post('/api/chat-invitations/:id/decline', {
      config: { access: OWN_CONVERSATIONS },
      schema: { tags, summary: 'Decline an invitation', params: idParam, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.decline(actorOf(request), request.params.id);
      return sendNoContent(reply);
    });
  };
}
