import { z } from 'zod';
import { roleSchema } from '../../../shared/contracts/accounts.js';
import { auditEntryDto, auditQuery, userListQuery, userSummaryDto } from '../../../shared/contracts/admin.js';
import { actorOf, type ModulePlugin } from '../../platform/http.js';
import { ADMIN_ONLY } from './admin.policy.js';
import type { AdminService } from './admin.service.js';

const tags = ['admin'];
const roleParams = z.object({ id: z.string().min(1).max(64), role: roleSchema });
const userEnvelope = z.object({ user: userSummaryDto });

export function adminRoutes(service: AdminService): ModulePlugin {
  return async (app) => {
    app.get('/api/admin/users', {
      config: { access: ADMIN_ONLY },
      schema: { tags, summary: 'Find users', querystring: userListQuery, response: { 200: z.object({ users: z.array(userSummaryDto) }) } },
    }, async (request) => ({
      users: await service.listUsers(actorOf(request), request.query.search, request.query.limit, request.ip),
    }));

    app.put('/api/admin/users/:id/roles/:role', {
      config: { access: ADMIN_ONLY },
      schema: { tags, summary: 'Grant a role', params: roleParams, response: { 200: userEnvelope } },
    }, async (request) => ({
      user: await service.grantRole(actorOf(request), request.params.id, request.params.role, request.ip),
    }));

    app.delete('/api/admin/users/:id/roles/:role', {
      config: { access: ADMIN_ONLY },
      schema: { tags, summary: 'Revoke a role', params: roleParams, response: { 200: userEnvelope } },
    }, async (request) => ({
      user: await service.revokeRole(actorOf(request), request.params.id, request.params.role, request.ip),
    }));

    app.get('/api/admin/audit', {
      config: { access: ADMIN_ONLY },
      schema: {
        tags,
        summary: 'Audit log, newest first',
        querystring: auditQuery,
        response: { 200: z.object({ entries: z.array(auditEntryDto), nextBefore: z.string().nullable() }) },
      },
    }, async (request) => service.listAudit(actorOf(request), request.query, request.ip));
  };
}
