import type { TestProject } from 'vitest/node';
import { startPgCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
  }
}

/** The PostgreSQL lane starts one cluster per run; each test file then gets its own database in it. */
export default async function setup(project: TestProject) {
  if (process.env.KINDRED_TEST_DB !== 'postgres') {
    project.provide('pgAdminUrl', null);
    return;
  }
  const cluster = await startPgCluster();
  project.provide('pgAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
