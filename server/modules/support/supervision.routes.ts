import { z } from 'zod';
import { feedbackTrendDto, supervisionAssignmentDto, supervisionAssignmentInput } from '../../../shared/contracts/support.js';
import { actorOf, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import type { FeedbackService } from './feedback.service.js';
import type { SupervisionService } from './supervision.service.js';
import { ASSIGNS_SUPERVISION, SUPERVISES } from './support.policy.js';

const tags = ['support'];
const assignmentParams = z.object({ supporterId: z.string().min(1).max(64), supervisorId: z.string().min(1).max(64) });

export function supervisionRoutes(supervision: SupervisionService, feedback: FeedbackService): ModulePlugin {
  return async (app) => {
    app.get('/api/me/feedback-trend', {
      config: { access: ['supporter'] },
      schema: { tags, summary: 'How members rated my check-ins, month by month (never single answers)', response: { 200: feedbackTrendDto } },
    }, async (request) => feedback.mine(actorOf(request)));

    app.get('/api/supervision/supporters', {
      config: { access: SUPERVISES },
      schema: { tags, summary: 'The supporters I supervise', response: { 200: z.object({ assignments: z.array(supervisionAssignmentDto) }) } },
    }, async (request) => ({ assignments: await supervision.mine(actorOf(request)) }));

    app.get('/api/supervision/supporters/:supporterId/feedback-trend', {
      config: { access: SUPERVISES },
      schema: { tags, summary: 'Feedback trend of a supporter I supervise (audited)', params: z.object({ supporterId: z.string().min(1).max(64) }), response: { 200: feedbackTrendDto } },
    }, async (request) => feedback.forSupporter(actorOf(request), request.params.supporterId, request.ip));

    app.get('/api/admin/supervision', {
      config: { access: ASSIGNS_SUPERVISION },
      schema: { tags, summary: 'Who supervises whom', response: { 200: z.object({ assignments: z.array(supervisionAssignmentDto) }) } },
    }, async () => ({ assignments: await supervision.list() }));

    app.post('/api/admin/supervision', {
      config: { access: ASSIGNS_SUPERVISION },
      schema: { tags, summary: 'Assign a supervisor to a supporter', body: supervisionAssignmentInput, response: { 204: noContent } },
    }, async (request, reply) => {
      await supervision.assign(actorOf(request), request.body.supporterId, request.body.supervisorId, request.ip);
      return sendNoContent(reply);
    });

    app.delete('/api/admin/supervision/:supporterId/:supervisorId', {
      config: { access: ASSIGNS_SUPERVISION },
      schema: { tags, summary: 'End a supervision assignment', params: assignmentParams, response: { 204: noContent } },
    }, async (request, reply) => {
      await supervision.unassign(actorOf(request), request.params.supporterId, request.params.supervisorId, request.ip);
      return sendNoContent(reply);
    });
  };
}
