import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../test/test-database.js';
import { createBatchedWriter } from './batched-writes.js';

describe(`group commit on ${testDialect()}`, () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.dispose());

  const insertTopic = (key: string) => (trx: Parameters<Parameters<typeof createBatchedWriter>[1]>[0]) =>
    trx.insertInto('topics').values({ key, label_en: key, label_es: key, created_by: null, created_at: '2026-11-22T12:00:00.000Z' }).execute().then(() => key);

  it('commits writes made in the same turn together, and keeps the good ones when one fails', async () => {
    const transactions: number[] = [];
    const writer = createBatchedWriter<string, string>(database.db, async (trx, key) => {
      transactions.push(1);
      return insertTopic(key)(trx);
    });
    const results = await Promise.allSettled(['alpha', 'beta', 'alpha', 'gamma'].map((key) => writer.write(key)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const keys = await database.db.selectFrom('topics').select('key').orderBy('key').execute();
    expect(keys.map((row) => row.key)).toEqual(['alpha', 'beta', 'gamma']);
    // The group failed on the repeated key, rolled back, and each write was tried alone.
    expect(transactions.length).toBe(3 + 4);

    const later = await Promise.all(['delta', 'epsilon'].map((key) => writer.write(key)));
    expect(later).toEqual(['delta', 'epsilon']);
  });
});
