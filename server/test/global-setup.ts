import type { TestProject } from 'vitest/node';
import { createMigratedTemplate, type MigratedTemplate } from './migrated-template.js';
import { startPgCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
    migratedTemplate: MigratedTemplate;
  }
}

/** The PostgreSQL lane starts one cluster per run; each test file then gets its own database in it. */
export default async function setup(project: TestProject) {
  const postgres = process.env.KINDRED_TEST_DB === 'postgres';
  const cluster = postgres ? await startPgCluster() : null;
  project.provide('pgAdminUrl', cluster?.adminUrl ?? null);
  const { template, remove } = await createMigratedTemplate(postgres ? 'postgres' : 'sqlite', cluster?.adminUrl ?? null);
  project.provide('migratedTemplate', template);
  return () => {
    remove();
    cluster?.stop();
  };
}
