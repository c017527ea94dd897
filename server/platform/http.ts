import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import type { Actor } from './auth/actor.js';
import { problems } from './errors.js';

export type ModulePlugin = FastifyPluginAsyncZod;

export const noContent = z.null().describe('No content');
export const idParam = z.object({ id: z.string().min(1).max(64) });

/** Routes whose access is not 'public' run after the access hook, so an actor is guaranteed here. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw problems.unauthenticated();
  return request.actor;
}

export function clientOf(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

export function sendNoContent(reply: FastifyReply): FastifyReply {
  return reply.code(204).send();
}
