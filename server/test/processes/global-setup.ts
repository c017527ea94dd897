import type { TestProject } from 'vitest/node';
import { startPgCluster } from '../pg-cluster.js';
import { startRedisServer } from './redis-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

/** Tests with several real server processes need both shared components they would have in production. */
export default async function setup(project: TestProject) {
  const cluster = await startPgCluster();
  const redis = await startRedisServer();
  project.provide('pgAdminUrl', cluster.adminUrl);
  project.provide('redisUrl', redis.url);
  return async () => {
    await redis.stop();
    cluster.stop();
  };
}
