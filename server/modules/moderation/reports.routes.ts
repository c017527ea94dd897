import { z } from 'zod';
import {
  appealInput, createReportInput, decideAppealInput, decideReportInput, moderationNoticeDto, moderationQueueQuery, myReportDto, queuedReportDto,
} from '../../../shared/contracts/reports.js';
import { actorOf, idParam, type ModulePlugin } from '../../platform/http.js';
import { ANY_MEMBER, MODERATION_TEAM } from './moderation.policy.js';
import type { ReportsService } from './reports.service.js';

const tags = ['moderation'];
const oneQueued = z.object({ report: queuedReportDto });

export function reportsRoutes(service: ReportsService): ModulePlugin {
  return async (app) => {
    app.post('/api/reports', {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: 'Report a message or a person; they are never told who reported them', body: createReportInput, response: { 201: z.object({ report: myReportDto }) } },
    }, async (request, reply) => reply.code(201).send({ report: await service.create(actorOf(request), request.body) }));

    app.get('/api/me/reports', {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: 'Reports I made and what became of them', response: { 200: z.object({ reports: z.array(myReportDto) }) } },
    }, async (request) => ({ reports: await service.mine(actorOf(request)) }));

    app.get('/api/me/moderation', {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: 'Decisions the safety team made about me, and my appeals', response: { 200: z.object({ notices: z.array(moderationNoticeDto) }) } },
    }, async (request) => ({ notices: await service.noticesForMe(actorOf(request)) }));

    app.post('/api/me/moderation/:id/appeal', {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: 'Appeal a decision once', params: idParam, body: appealInput, response: { 200: z.object({ notice: moderationNoticeDto }) } },
    }, async (request) => ({ notice: await service.appeal(actorOf(request), request.params.id, request.body.text) }));

    app.get('/api/moderation/reports', {
      config: { access: MODERATION_TEAM },
      schema: { tags, summary: 'The moderation queue: open reports, appeals waiting, or recent decisions', querystring: moderationQueueQuery, response: { 200: z.object({ reports: z.array(queuedReportDto) }) } },
    }, async (request) => ({ reports: await service.queue(actorOf(request), request.query.view, request.ip) }));

    app.post('/api/moderation/reports/:id/decision', {
      config: { access: MODERATION_TEAM },
      schema: { tags, summary: 'Dismiss, hide, warn or suspend, with a reason the person sees', params: idParam, body: decideReportInput, response: { 200: oneQueued } },
    }, async (request) => ({ report: await service.decide(actorOf(request), request.params.id, request.body, request.ip) }));

    app.post('/api/moderation/reports/:id/appeal-decision', {
      config: { access: MODERATION_TEAM },
      schema: { tags, summary: 'Uphold or overturn a decision on appeal', params: idParam, body: decideAppealInput, response: { 200: oneQueued } },
    }, async (request) => ({ report: await service.decideAppeal(actorOf(request), request.params.id, request.body, request.ip) }));
  };
}
