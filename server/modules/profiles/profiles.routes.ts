import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  applicationDecisionInput,
  ownProfileDto,
  previewQuery,
  profileInput,
  shownProfileDto,
  supporterApplicationDto,
  supporterApplicationInput,
  supporterSettingsInput,
  supporterStatusInput,
  supporterSummaryDto,
  topicDto,
  topicInput,
} from '../../../shared/contracts/profiles.js';
import { actorOf, idParam, type ModulePlugin } from '../../platform/http.js';
import { ADMINISTER_SUPPORTERS, EDIT_TOPICS, OWN_PROFILE, READ_TOPICS, VIEW_PROFILES } from './profiles.policy.js';
import type { ProfilesService } from './profiles.service.js';
import type { SupportersService } from './supporters.service.js';
import type { TopicsService } from './topics.service.js';

const tags = ['profiles'];
const profileEnvelope = z.object({ profile: ownProfileDto });
const shownEnvelope = z.object({ profile: shownProfileDto });
const applicationEnvelope = z.object({ application: supporterApplicationDto });
const supporterEnvelope = z.object({ supporter: supporterSummaryDto });
const userParams = z.object({ userId: z.string().min(1).max(64) });

export function profilesRoutes(services: { profiles: ProfilesService; supporters: SupportersService; topics: TopicsService }): ModulePlugin {
  const { profiles, supporters, topics } = services;
  return async (app) => {
    app.get('/api/me/profile', {
      config: { access: OWN_PROFILE },
      schema: { tags, summary: 'My profile with its visibility settings', response: { 200: profileEnvelope } },
    }, async (request) => ({ profile: await profiles.own(actorOf(request)) }));

    app.put('/api/me/profile', {
      config: { access: OWN_PROFILE },
      schema: { tags, summary: 'Replace my profile', body: profileInput, response: { 200: profileEnvelope } },
    }, async (request) => ({ profile: await profiles.update(actorOf(request), request.body) }));

    app.get('/api/me/profile/preview', {
      config: { access: OWN_PROFILE },
      schema: { tags, summary: 'My profile as a member or my supporter sees it', querystring: previewQuery, response: { 200: shownEnvelope } },
    }, async (request) => ({ profile: await profiles.preview(actorOf(request), request.query.as) }));

    app.get('/api/profiles/:userId', {
      config: { access: VIEW_PROFILES },
      schema: { tags, summary: "Someone's profile, as far as they share it with me", params: userParams, response: { 200: shownEnvelope } },
    }, async (request) => ({ profile: await profiles.view(actorOf(request), request.params.userId, request.ip) }));

    app.put('/api/me/supporter-profile', {
      config: { access: OWN_PROFILE },
      schema: { tags, summary: 'My peer supporter settings', body: supporterSettingsInput, response: { 200: profileEnvelope } },
    }, async (request) => {
      const actor = actorOf(request);
      await supporters.updateSettings(actor, request.body);
      return { profile: await profiles.own(actor) };
    });

    app.get('/api/me/supporter-application', {
      config: { access: OWN_PROFILE },
      schema: { tags, summary: 'My latest application to become a peer supporter', response: { 200: z.object({ application: supporterApplicationDto.nullable() }) } },
    }, async (request) => ({ application: await supporters.latestApplication(actorOf(request)) }));

    app.post('/api/me/supporter-application', {
      config: { access: OWN_PROFILE },
      schema: { tags, summary: 'Apply to become a peer supporter', body: supporterApplicationInput, response: { 201: applicationEnvelope } },
    }, async (request, reply) => reply.code(201).send({ application: await supporters.apply(actorOf(request), request.body, request.ip) }));

    app.get('/api/admin/supporter-applications', {
      config: { access: ADMINISTER_SUPPORTERS },
      schema: {
        tags, summary: 'Applications to become a peer supporter',
        querystring: z.object({ status: z.enum(APPLICATION_STATUSES).default('pending') }),
        response: { 200: z.object({ applications: z.array(supporterApplicationDto) }) },
      },
    }, async (request) => ({ applications: await supporters.listApplications(actorOf(request), request.query.status, request.ip) }));

    for (const [path, approve] of [['approve', true], ['decline', false]] as const) {
      app.post(`/api/admin/supporter-applications/:id/${path}`, {
        config: { access: ADMINISTER_SUPPORTERS },
        schema: { tags, summary: `${approve ? 'Approve' : 'Decline'} an application`, params: idParam, body: applicationDecisionInput, response: { 200: applicationEnvelope } },
      }, async (request) => ({
        application: await supporters.decide(actorOf(request), request.params.id, approve, request.body.note, request.ip),
      }));
    }

    app.get('/api/admin/supporters', {
      config: { access: ADMINISTER_SUPPORTERS },
      schema: { tags, summary: 'Peer supporters and their status', response: { 200: z.object({ supporters: z.array(supporterSummaryDto) }) } },
    }, async () => ({ supporters: await supporters.listSupporters() }));

    app.post('/api/admin/supporters/:userId/training-complete', {
      config: { access: ADMINISTER_SUPPORTERS },
      schema: { tags, summary: 'Mark training complete', params: userParams, response: { 200: supporterEnvelope } },
    }, async (request) => ({ supporter: await supporters.completeTraining(actorOf(request), request.params.userId, request.ip) }));

    app.put('/api/admin/supporters/:userId/status', {
      config: { access: ADMINISTER_SUPPORTERS },
      schema: { tags, summary: "Set a supporter's status", params: userParams, body: supporterStatusInput, response: { 200: supporterEnvelope } },
    }, async (request) => ({ supporter: await supporters.setStatus(actorOf(request), request.params.userId, request.body.status, request.ip) }));

    app.get('/api/topics', {
      config: { access: READ_TOPICS },
      schema: { tags, summary: 'Lived-experience topics', response: { 200: z.object({ topics: z.array(topicDto) }) } },
    }, async () => ({ topics: await topics.list() }));

    app.post('/api/admin/topics', {
      config: { access: EDIT_TOPICS },
      schema: { tags, summary: 'Add a lived-experience topic', body: topicInput, response: { 201: z.object({ topic: topicDto }) } },
    }, async (request, reply) => reply.code(201).send({ topic: await topics.add(actorOf(request), request.body, request.ip) }));
  };
}
