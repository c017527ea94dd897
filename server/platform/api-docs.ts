import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from '@fastify/type-provider-zod';
import type { FastifyInstance } from 'fastify';

export const API_DOCS_PREFIX = '/api/docs';

export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Kindred API',
        version: '0.1.0',
        description:
          'State-changing requests need a same-origin Origin header and the x-csrf-token header from GET /api/auth/csrf. Errors are RFC 9457 problem+json.',
      },
      tags: [{ name: 'accounts' }, { name: 'profiles' }, { name: 'privacy' }, { name: 'matching' }, { name: 'conversations' }, { name: 'admin' }, { name: 'safety' }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: API_DOCS_PREFIX, staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
