import { z } from 'zod';
import { mySafetyPlanDto, safetyPlanContent, safetyPlanDto, safetyPlanShareDto, shareSafetyPlanInput, sharedSafetyPlanDto, sharedWithMeDto } from '../../../shared/contracts/safety-plan.js';
import { actorOf, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import type { SafetyPlanService } from './safety-plan.service.js';
import { OWN_SAFETY_PLAN, READ_SHARED_SAFETY_PLANS } from './safety-plan.policy.js';

const tags = ['safety'];
const supporterParams = z.object({ supporterId: z.string().min(1).max(64) });
const memberParams = z.object({ memberId: z.string().min(1).max(64) });

export function safetyPlanRoutes(service: SafetyPlanService): ModulePlugin {
  return async (app) => {
    app.get('/api/me/safety-plan', {
      config: { access: OWN_SAFETY_PLAN },
      schema: { tags, summary: 'My safety plan and who I share it with', response: { 200: mySafetyPlanDto } },
    }, async (request) => service.mine(actorOf(request)));

    app.put('/api/me/safety-plan', {
      config: { access: OWN_SAFETY_PLAN },
      schema: { tags, summary: 'Save my safety plan', body: safetyPlanContent, response: { 200: z.object({ plan: safetyPlanDto }) } },
    }, async (request) => ({ plan: await service.save(actorOf(request), request.body) }));

    app.post('/api/me/safety-plan/shares', {
      config: { access: OWN_SAFETY_PLAN },
      schema: { tags, summary: 'Share my safety plan with one of my current supporters', body: shareSafetyPlanInput, response: { 201: z.object({ share: safetyPlanShareDto }) } },
    }, async (request, reply) => reply.code(201).send({ share: await service.share(actorOf(request), request.body.supporterId, request.ip) }));

    app.delete('/api/me/safety-plan/shares/:supporterId', {
      config: { access: OWN_SAFETY_PLAN },
      schema: { tags, summary: 'Stop sharing my safety plan with a supporter, at once', params: supporterParams, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.revoke(actorOf(request), request.params.supporterId, request.ip);
      return sendNoContent(reply);
    });

    app.get('/api/safety-plans/shared-with-me', {
      config: { access: READ_SHARED_SAFETY_PLANS },
      schema: { tags, summary: 'Members who share their safety plan with me', response: { 200: z.object({ plans: z.array(sharedWithMeDto) }) } },
    }, async (request) => ({ plans: await service.sharedWithMe(actorOf(request)) }));

    app.get('/api/safety-plans/:memberId', {
      config: { access: READ_SHARED_SAFETY_PLANS },
      schema: { tags, summary: 'A safety plan its member shared with me (404 otherwise)', params: memberParams, response: { 200: sharedSafetyPlanDto } },
    }, async (request) => service.read(actorOf(request), request.params.memberId, request.ip));
  };
}
