import { z } from 'zod';
import { addGoalUpdateInput, addStepInput, createGoalInput, goalChangeDto, goalListDto, relationshipGoalsDto, updateGoalInput, updateStepInput } from '../../../shared/contracts/goals.js';
import { actorOf, idParam, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import { GOAL_ACCESS, OWN_GOALS } from './goals.policy.js';
import type { GoalsService } from './goals.service.js';

const tags = ['goals'];
const id = z.string().min(1).max(64);
const stepParams = z.object({ id, stepId: id });
const relationshipParams = z.object({ relationshipId: id });

export function goalsRoutes(service: GoalsService): ModulePlugin {
  return async (app) => {
    app.get('/api/me/goals', {
      config: { access: OWN_GOALS },
      schema: { tags, summary: 'My recovery goals: active first, then history, with steps and updates', response: { 200: goalListDto } },
    }, async (request) => service.mine(actorOf(request)));

    app.post('/api/me/goals', {
      config: { access: OWN_GOALS },
      schema: { tags, summary: 'Set a new goal', body: createGoalInput, response: { 201: goalChangeDto } },
    }, async (request, reply) => reply.code(201).send(await service.create(actorOf(request), request.body)));

    app.patch('/api/me/goals/:id', {
      config: { access: OWN_GOALS },
      schema: { tags, summary: 'Change my goal, share or unshare it, complete, set aside or reopen it', params: idParam, body: updateGoalInput, response: { 200: goalChangeDto } },
    }, async (request) => service.update(actorOf(request), request.params.id, request.body));

    app.get('/api/relationships/:relationshipId/goals', {
      config: { access: GOAL_ACCESS },
      schema: { tags, summary: 'The member’s shared goals, for the member, their supporter and the supporter’s supervisor', params: relationshipParams, response: { 200: relationshipGoalsDto } },
    }, async (request) => service.forRelationship(actorOf(request), request.params.relationshipId, request.ip));

    app.post('/api/goals/:id/steps', {
      config: { access: GOAL_ACCESS },
      schema: { tags, summary: 'Add a step (the member) or suggest one (their supporter, on a shared goal)', params: idParam, body: addStepInput, response: { 201: goalChangeDto } },
    }, async (request, reply) => reply.code(201).send(await service.addStep(actorOf(request), request.params.id, request.body)));

    app.patch('/api/goals/:id/steps/:stepId', {
      config: { access: GOAL_ACCESS },
      schema: { tags, summary: 'Take on a suggestion, mark a step done or not, or reword it (the member)', params: stepParams, body: updateStepInput, response: { 200: goalChangeDto } },
    }, async (request) => service.updateStep(actorOf(request), request.params.id, request.params.stepId, request.body));

    app.delete('/api/goals/:id/steps/:stepId', {
      config: { access: GOAL_ACCESS },
      schema: { tags, summary: 'Remove a step (the member), or withdraw my own waiting suggestion (a supporter)', params: stepParams, response: { 204: noContent } },
    }, async (request, reply) => {
      await service.deleteStep(actorOf(request), request.params.id, request.params.stepId);
      return sendNoContent(reply);
    });

    app.post('/api/goals/:id/updates', {
      config: { access: GOAL_ACCESS },
      schema: { tags, summary: 'Add a progress update (the member, or their supporter on a shared goal)', params: idParam, body: addGoalUpdateInput, response: { 201: goalChangeDto } },
    }, async (request, reply) => reply.code(201).send(await service.addUpdate(actorOf(request), request.params.id, request.body)));
  };
}
