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

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

/**
 * Every route must say who may call it; a route that forgets fails at start-up, not in production.
 * Returns the table of declarations, which the tests walk to prove each route refuses everyone else.
 */
export function registerAccessControl(app: FastifyInstance, isInternalRoute: (route: RouteOptions) => boolean): RouteAccess[] {
  const table: RouteAccess[] = [];
  app.addHook('onRoute', (route) => {
    if (isInternalRoute(route)) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access });
  });
  // Before validation: callers who may not use a route learn nothing about what it accepts.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    const verdict = allows(access, request.actor);
    if (verdict === 'unauthenticated') throw problems.unauthenticated();
    if (verdict === 'forbidden') throw problems.forbidden();
  });
  return table;
}
