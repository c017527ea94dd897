import { z } from 'zod';
import {
  chooseInput,
  declineInput,
  endRelationshipInput,
  intakeConfirmDto,
  intakeConfirmInput,
  intakePlanDto,
  matchingWeightsSchema,
  offerDto,
  relationshipDto,
  suggestionsDto,
  supportRequestDto,
  supportRequestInput,
} from '../../../shared/contracts/matching.js';
import { actorOf, idParam, type ModulePlugin } from '../../platform/http.js';
import { ANSWER_REQUESTS, ASK_FOR_SUPPORT, OWN_RELATIONSHIPS, TUNE_MATCHING } from './matching.policy.js';
import type { IntakeService } from './intake.service.js';
import type { MatchingService } from './matching.service.js';

const tags = ['matching'];
const requestEnvelope = z.object({ request: supportRequestDto });
const offerEnvelope = z.object({ offer: offerDto });
const relationshipEnvelope = z.object({ relationship: relationshipDto });

export function matchingRoutes(service: MatchingService, intake: IntakeService): ModulePlugin {
  return async (app) => {
    app.post('/api/support-requests', {
      config: { access: ASK_FOR_SUPPORT },
      schema: { tags, summary: 'Ask for a peer supporter', body: supportRequestInput, response: { 201: requestEnvelope } },
    }, async (request, reply) => reply.code(201).send({ request: await service.createRequest(actorOf(request), request.body) }));

    app.get('/api/support-requests/current', {
      config: { access: ASK_FOR_SUPPORT },
      schema: { tags, summary: 'My latest request and what happened to it', response: { 200: z.object({ request: supportRequestDto.nullable() }) } },
    }, async (request) => ({ request: await service.currentRequest(actorOf(request)) }));

    app.get('/api/support-requests/:id/suggestions', {
      config: { access: ASK_FOR_SUPPORT },
      schema: {
        tags, summary: 'Suggested supporters with reasons', params: idParam,
        querystring: z.object({ page: z.coerce.number().int().min(0).max(100).default(0) }),
        response: { 200: suggestionsDto },
      },
    }, async (request) => service.suggestions(actorOf(request), request.params.id, request.query.page));

    app.post('/api/support-requests/:id/choose', {
      config: { access: ASK_FOR_SUPPORT },
      schema: { tags, summary: 'Send my request to the supporter I chose', params: idParam, body: chooseInput, response: { 201: offerEnvelope } },
    }, async (request, reply) => reply.code(201).send({ offer: await service.choose(actorOf(request), request.params.id, request.body.supporterId) }));

    app.post('/api/support-requests/:id/cancel', {
      config: { access: ASK_FOR_SUPPORT },
      schema: { tags, summary: 'Cancel my request', params: idParam, response: { 200: requestEnvelope } },
    }, async (request) => ({ request: await service.cancelRequest(actorOf(request), request.params.id) }));

    for (const [path, accept] of [['accept', true], ['decline', false]] as const) {
      app.post(`/api/support-requests/:id/proposal/${path}`, {
        config: { access: ASK_FOR_SUPPORT },
        schema: { tags, summary: `${accept ? 'Accept' : 'Decline'} the supporter proposed by program intake`, params: idParam, response: { 200: requestEnvelope } },
      }, async (request) => ({ request: await service.respondToProposal(actorOf(request), request.params.id, accept) }));
    }

    app.get('/api/admin/intake/proposals', {
      config: { access: TUNE_MATCHING },
      schema: { tags, summary: 'An optimal assignment of everyone waiting, for review', response: { 200: intakePlanDto } },
    }, async (request) => intake.propose(actorOf(request), request.ip));

    app.post('/api/admin/intake/confirm', {
      config: { access: TUNE_MATCHING },
      schema: { tags, summary: 'Send the reviewed proposals to the members', body: intakeConfirmInput, response: { 200: intakeConfirmDto } },
    }, async (request) => intake.confirm(actorOf(request), request.body.assignments, request.ip));

    app.get('/api/supporter/requests', {
      config: { access: ANSWER_REQUESTS },
      schema: { tags, summary: 'Requests waiting for my answer', response: { 200: z.object({ offers: z.array(offerDto) }) } },
    }, async (request) => ({ offers: await service.inbox(actorOf(request)) }));

    app.post('/api/supporter/requests/:id/accept', {
      config: { access: ANSWER_REQUESTS },
      schema: { tags, summary: 'Accept a request', params: idParam, response: { 200: relationshipEnvelope } },
    }, async (request) => ({ relationship: await service.accept(actorOf(request), request.params.id, request.ip) }));

    app.post('/api/supporter/requests/:id/decline', {
      config: { access: ANSWER_REQUESTS },
      schema: { tags, summary: 'Decline a request (the reason stays private)', params: idParam, body: declineInput, response: { 200: offerEnvelope } },
    }, async (request) => ({ offer: await service.decline(actorOf(request), request.params.id, request.body.reason) }));

    app.get('/api/relationships', {
      config: { access: OWN_RELATIONSHIPS },
      schema: { tags, summary: 'My support relationships', response: { 200: z.object({ relationships: z.array(relationshipDto) }) } },
    }, async (request) => ({ relationships: await service.relationships(actorOf(request)) }));

    app.post('/api/relationships/:id/end', {
      config: { access: OWN_RELATIONSHIPS },
      schema: { tags, summary: 'End a support relationship', params: idParam, body: endRelationshipInput, response: { 200: relationshipEnvelope } },
    }, async (request) => ({ relationship: await service.endRelationship(actorOf(request), request.params.id, request.body.reason, request.ip) }));

    app.get('/api/admin/matching/weights', {
      config: { access: TUNE_MATCHING },
      schema: { tags, summary: 'Matching weights', response: { 200: matchingWeightsSchema } },
    }, async () => service.weights());

    app.put('/api/admin/matching/weights', {
      config: { access: TUNE_MATCHING },
      schema: { tags, summary: 'Change matching weights', body: matchingWeightsSchema, response: { 200: matchingWeightsSchema } },
    }, async (request) => service.saveWeights(actorOf(request), request.body, request.ip));
  };
}
