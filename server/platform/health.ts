import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from './db/connect.js';
import { sendProblem } from './errors.js';

export function registerHealthRoutes(app: FastifyInstance, database: DatabaseHandle): void {
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    try {
      await database.ping();
      return { status: 'ready', database: database.dialect };
    } catch (error) {
      request.log.warn({ err: error }, 'database not ready');
      return sendProblem(reply, { type: 'urn:kindred:problem:not_ready', title: 'Service Unavailable', status: 503, code: 'not_ready', detail: 'The database is not reachable.' });
    }
  });
}
