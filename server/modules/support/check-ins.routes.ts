import { z } from 'zod';
import {
  checkInDto, checkInOutcomeInput, checkInPlanDto, checkInPlanInput, checkInResponse, feedbackInput, oneOffCheckInInput, relationshipSummaryDto, rescheduleCheckInInput,
} from '../../../shared/contracts/support.js';
import { actorOf, idParam, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import type { CheckInsService } from './check-ins.service.js';
import { IN_A_RELATIONSHIP } from './support.policy.js';

const tags = ['support'];
const relationshipParams = z.object({ relationshipId: z.string().min(1).max(64) });
const planParams = relationshipParams.extend({ planId: z.string().min(1).max(64) });

export function checkInsRoutes(service: CheckInsService): ModulePlugin {
  return async (app) => {
    const config = { access: IN_A_RELATIONSHIP };

    app.get('/api/relationships/:relationshipId/support', {
      config, schema: { tags, summary: 'A relationship page: rhythm, upcoming check-ins, history, closing notes', params: relationshipParams, response: { 200: relationshipSummaryDto } },
    }, async (request) => service.summary(actorOf(request), request.params.relationshipId));

    app.put('/api/relationships/:relationshipId/check-in-plan', {
      config, schema: { tags, summary: 'Propose a check-in rhythm (RFC 5545 rule); the other person agrees to it', params: relationshipParams, body: checkInPlanInput, response: { 201: z.object({ plan: checkInPlanDto }) } },
    }, async (request, reply) => reply.code(201).send({ plan: await service.proposePlan(actorOf(request), request.params.relationshipId, request.body) }));

    app.post('/api/relationships/:relationshipId/check-in-plan/:planId/agree', {
      config, schema: { tags, summary: 'Agree to the rhythm the other person proposed', params: planParams, response: { 200: z.object({ plan: checkInPlanDto }) } },
    }, async (request) => ({ plan: await service.answerPlan(actorOf(request), request.params.relationshipId, request.params.planId, true) }));

    app.post('/api/relationships/:relationshipId/check-in-plan/:planId/decline', {
      config, schema: { tags, summary: 'Decline a proposed rhythm', params: planParams, response: { 200: z.object({ plan: checkInPlanDto }) } },
    }, async (request) => ({ plan: await service.answerPlan(actorOf(request), request.params.relationshipId, request.params.planId, false) }));

    app.delete('/api/relationships/:relationshipId/check-in-plan', {
      config, schema: { tags, summary: 'Stop the regular rhythm (future meetings are removed)', params: relationshipParams, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.endPlan(actorOf(request), request.params.relationshipId);
      return sendNoContent(reply);
    });

    app.post('/api/relationships/:relationshipId/check-ins', {
      config, schema: { tags, summary: 'Add a one-off check-in', params: relationshipParams, body: oneOffCheckInInput, response: { 201: z.object({ checkIn: checkInDto }) } },
    }, async (request, reply) => reply.code(201).send({ checkIn: await service.addOneOff(actorOf(request), request.params.relationshipId, request.body) }));

    app.patch('/api/check-ins/:id', {
      config, schema: { tags, summary: 'Move, change or cancel one check-in', params: idParam, body: rescheduleCheckInInput, response: { 200: z.object({ checkIn: checkInDto }) } },
    }, async (request) => ({ checkIn: await service.change(actorOf(request), request.params.id, request.body) }));

    app.post('/api/check-ins/:id/outcome', {
      config, schema: { tags, summary: 'Mark a check-in as happened (with the member’s mood check) or missed', params: idParam, body: checkInOutcomeInput, response: { 200: checkInResponse } },
    }, async (request) => service.recordOutcome(actorOf(request), request.params.id, request.body));

    app.post('/api/check-ins/:id/feedback', {
      config, schema: { tags, summary: 'The member’s feedback on a check-in that happened (once)', params: idParam, body: feedbackInput, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.giveFeedback(actorOf(request), request.params.id, request.body);
      return sendNoContent(reply);
    });
  };
}
