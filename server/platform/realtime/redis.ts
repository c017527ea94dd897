import { Redis } from 'ioredis';

/**
 * One connection shared by the Socket.IO adapter (which opens its own readers from it) and the rate
 * limiter. Connecting fails fast at start-up rather than leaving a node silently alone.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await redis.connect();
  return redis;
}
