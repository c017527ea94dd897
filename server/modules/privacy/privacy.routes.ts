import { z } from 'zod';
import { agreeInput, blockDto, blockInput, consentKindSchema, consentsDto, deleteAccountInput, deletionExplanationDto } from '../../../shared/contracts/privacy.js';
import { clearCookie } from '../../platform/auth/cookies.js';
import type { PlatformContext } from '../../platform/context.js';
import { actorOf, clientOf, type ModulePlugin, noContent, sendNoContent } from '../../platform/http.js';
import type { BlocksService } from './blocks.service.js';
import type { ConsentsService } from './consents.service.js';
import type { DataRightsService } from './data-rights.service.js';
import { OWN_DATA } from './privacy.policy.js';

const tags = ['privacy'];
const kindParams = z.object({ kind: consentKindSchema });
const userParams = z.object({ userId: z.string().min(1).max(64) });

export function privacyRoutes(ctx: PlatformContext, services: { consents: ConsentsService; blocks: BlocksService; dataRights: DataRightsService }): ModulePlugin {
  const { consents, blocks, dataRights } = services;
  return async (app) => {
    app.get('/api/me/consents', {
      config: { access: OWN_DATA },
      schema: { tags, summary: 'My consents and their history', response: { 200: consentsDto } },
    }, async (request) => consents.state(actorOf(request)));

    app.post('/api/me/consents/:kind', {
      config: { access: OWN_DATA },
      schema: { tags, summary: 'Agree to the current version', params: kindParams, body: agreeInput, response: { 200: consentsDto } },
    }, async (request) => consents.agree(actorOf(request), request.params.kind, request.body.version, request.ip));

    app.delete('/api/me/consents/:kind', {
      config: { access: OWN_DATA },
      schema: { tags, summary: 'Withdraw a consent, effective at once', params: kindParams, response: { 200: consentsDto } },
    }, async (request) => consents.withdraw(actorOf(request), request.params.kind, request.ip));

    app.get('/api/me/blocks', {
      config: { access: OWN_DATA },
      schema: { tags, summary: 'People I have blocked', response: { 200: z.object({ blocks: z.array(blockDto) }) } },
    }, async (request) => ({ blocks: await blocks.list(actorOf(request)) }));

    app.post('/api/me/blocks', {
      config: { access: OWN_DATA },
      schema: { tags, summary: 'Block someone by handle', body: blockInput, response: { 201: z.object({ block: blockDto }) } },
    }, async (request, reply) => reply.code(201).send({ block: await blocks.block(actorOf(request), request.body.handle) }));

    app.delete('/api/me/blocks/:userId', {
      config: { access: OWN_DATA },
      schema: { tags, summary: 'Unblock someone', params: userParams, response: { 204: noContent } },
    }, async (request, reply) => {
      await blocks.unblock(actorOf(request), request.params.userId);
      return sendNoContent(reply);
    });

    app.get('/api/me/export', {
      config: { access: OWN_DATA },
      schema: { tags, summary: 'Download everything Kindred holds about me, as one JSON file' },
    }, async (request, reply) => {
      const data = await dataRights.export(actorOf(request), request.ip);
      const date = (data.exportedAt as string).slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="kindred-export-${date}.json"`)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(data, null, 2));
    });

    app.get('/api/me/deletion', {
      config: { access: OWN_DATA },
      schema: { tags, summary: 'What deleting my account erases and what it keeps', response: { 200: deletionExplanationDto } },
    }, async () => dataRights.explanation());

    app.post('/api/me/delete', {
      config: { access: OWN_DATA },
      schema: { tags, summary: 'Delete my account (needs my password)', body: deleteAccountInput, response: { 204: noContent } },
    }, async (request, reply) => {
      await dataRights.deleteAccount(actorOf(request), request.body.password, clientOf(request));
      clearCookie(reply, ctx.cookies, ctx.cookies.sessionName);
      return sendNoContent(reply);
    });
  };
}
