import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Role } from '../../../shared/roles.js';
import { problems } from '../errors.js';
import type { Actor } from './actor.js';

/** Who may call a route: anyone, any signed-in person, or holders of at least one of the roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function allows(access: Access, actor: Actor | null): 'ok' | 'unauthenticated' | 'forbidden' {
  if (access === 'public') return 'ok';
  if (!actor) return 'unauthenticated';
  if (access === 'signed-in') return 'ok';
  return access.some((role) => actor.roles.includes(role)) ? 'ok' : 'forbidden';
}

/** Every route must say who may call it; a route that forgets fails at start-up, not in production. */
export function registerAccessControl(app: FastifyInstance, isInternalRoute: (route: RouteOptions) => boolean): void {
  app.addHook('onRoute', (route) => {
    if (isInternalRoute(route)) return;
    if (!route.config?.access) {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    }
  });
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    const verdict = allows(access, request.actor);
    if (verdict === 'unauthenticated') throw problems.unauthenticated();
    if (verdict === 'forbidden') throw problems.forbidden();
  });
}
