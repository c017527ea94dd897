import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { HttpProblem } from './errors.js';

/** With Redis the limit counts across every server process; without it each process counts its own. */
export async function registerRateLimit(app: FastifyInstance, perMinute: number, redis: Redis | null): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    ...(redis ? { redis, nameSpace: 'kindred-rate-limit-' } : {}),
    max: perMinute,
    timeWindow: '1 minute',
    allowList: (request) => request.url === '/healthz' || request.url === '/readyz',
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(429, 'rate_limited', `Too many requests. Try again in ${context.after}.`),
  });
}
