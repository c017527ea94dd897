import { z } from 'zod';
import {
  alertNoteInput, alertsQuery, concernDto, onCallShiftDto, onCallShiftInput, safetyAlertDto, supportCardDto, talkNowInput,
} from '../../../shared/contracts/safety.js';
import { actorOf, idParam, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import type { AlertsService } from './alerts.service.js';
import type { createConcernsService } from './concerns.service.js';
import type { OnCallService } from './on-call.service.js';
import { ANY_MEMBER, MANAGE_ON_CALL, SAFETY_TEAM } from './safety.policy.js';
import type { SupportCards } from './support-card.js';

const tags = ['safety'];
const oneAlert = z.object({ alert: safetyAlertDto });

export interface SafetyActionServices {
  alerts: AlertsService;
  onCall: OnCallService;
  concerns: ReturnType<typeof createConcernsService>;
  supportCards: SupportCards;
}

export function safetyActionRoutes({ alerts, onCall, concerns, supportCards }: SafetyActionServices): ModulePlugin {
  return async (app) => {
    app.get('/api/safety/support-card', {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: 'Crisis lines that reach me, whether I have a safety plan, and whether someone can be reached now', response: { 200: z.object({ card: supportCardDto }) } },
    }, async (request) => ({ card: await supportCards.build(actorOf(request).userId, 'concern') }));

    app.post('/api/safety/talk-now', {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: '"Talk to someone now": alerts whoever is on call', body: talkNowInput, response: { 201: z.object({ reachable: z.boolean() }) } },
    }, async (request, reply) => {
      const actor = actorOf(request);
      await alerts.open({ reason: 'talk_now', memberId: actor.userId, conversationId: null, messageId: null, assessmentId: null, note: request.body.note || null });
      return reply.code(201).send({ reachable: await onCall.someoneReachable() });
    });

    app.get('/api/safety/concerns', {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: 'Words of concern from people in my care (as their supporter or a room moderator)', response: { 200: z.object({ concerns: z.array(concernDto) }) } },
    }, async (request) => ({ concerns: await concerns.mine(actorOf(request)) }));

    app.get('/api/safety/alerts', {
      config: { access: SAFETY_TEAM },
      schema: { tags, summary: 'Safety alerts, active or recently resolved', querystring: alertsQuery, response: { 200: z.object({ alerts: z.array(safetyAlertDto) }) } },
    }, async (request) => ({ alerts: await alerts.list(actorOf(request), request.query.status, request.ip) }));

    app.post('/api/safety/alerts/:id/acknowledge', {
      config: { access: SAFETY_TEAM },
      schema: { tags, summary: 'I have this: stops the escalation', params: idParam, response: { 200: oneAlert } },
    }, async (request) => ({ alert: await alerts.acknowledge(actorOf(request), request.params.id, request.ip) }));

    app.post('/api/safety/alerts/:id/actions', {
      config: { access: SAFETY_TEAM },
      schema: { tags, summary: 'Record an action taken', params: idParam, body: alertNoteInput, response: { 200: oneAlert } },
    }, async (request) => ({ alert: await alerts.addAction(actorOf(request), request.params.id, request.body.note, request.ip) }));

    app.post('/api/safety/alerts/:id/resolve', {
      config: { access: SAFETY_TEAM },
      schema: { tags, summary: 'Resolve an alert with a note of what was done', params: idParam, body: alertNoteInput, response: { 200: oneAlert } },
    }, async (request) => ({ alert: await alerts.resolve(actorOf(request), request.params.id, request.body.note, request.ip) }));

    app.get('/api/safety/on-call', {
      config: { access: SAFETY_TEAM },
      schema: { tags, summary: 'The on-call rota from now on', response: { 200: z.object({ shifts: z.array(onCallShiftDto) }) } },
    }, async () => ({ shifts: await onCall.upcoming() }));

    app.post('/api/admin/on-call', {
      config: { access: MANAGE_ON_CALL },
      schema: { tags, summary: 'Put a supervisor on call for a time', body: onCallShiftInput, response: { 201: z.object({ shift: onCallShiftDto }) } },
    }, async (request, reply) => reply.code(201).send({ shift: await onCall.add(actorOf(request), request.body, request.ip) }));

    app.delete('/api/admin/on-call/:id', {
      config: { access: MANAGE_ON_CALL },
      schema: { tags, summary: 'Remove a shift', params: idParam, response: { 204: noContent } },
    }, async (request, reply) => {
      await onCall.remove(actorOf(request), request.params.id, request.ip);
      return sendNoContent(reply);
    });
  };
}
