import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectDatabase } from './connect.js';

describe('embedded SQLite connection', () => {
  it('opens in WAL mode with full synchronous writes and foreign keys on, creating its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-connect-'));
    const database = connectDatabase(`sqlite:${join(dir, 'nested', 'kindred.sqlite')}`);
    try {
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
      const synchronous = await sql<{ synchronous: number }>`pragma synchronous`.execute(database.db);
      const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(database.db);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
      expect(synchronous.rows[0]?.synchronous).toBe(2);
      expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
      expect(database.dialect).toBe('sqlite');
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
