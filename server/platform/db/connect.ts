import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
export type DbExecutor = Db | Trx;
export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function sqlitePathFromUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^sqlite:(\/\/)?/, '');
}

function openSqlite(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; a busy chat repeats the same few statements hundreds of times a
 * second, and preparing them was a measurable share of each send. Statements are reused by SQL text
 * (Kysely streams only for stream(), which Kysely never shares between callers at once).
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(connectionString: string): Db {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the server ends (a restart, a failover) must not crash the process: the pool
  // drops it and the next query opens a new one.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export function connectDatabase(databaseUrl: string): DatabaseHandle {
  const dialect: DialectName = databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  const db = dialect === 'sqlite' ? openSqlite(sqlitePathFromUrl(databaseUrl)) : openPostgres(databaseUrl);
  return {
    db,
    dialect,
    async ping() {
      await db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
    },
    close: () => db.destroy(),
  };
}

/** Unique-constraint violations from either database, so services can answer 409 instead of 500. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function uniqueViolationTarget(error: unknown): string {
  const record = error as { constraint?: string; message?: string };
  return `${record.constraint ?? ''} ${record.message ?? ''}`;
}

/**
 * A transaction whose work announces itself only once committed: the callback returns its result and
 * what to tell connected clients, which runs after the commit and never after a rollback.
 */
export async function afterCommit<T>(db: Db, work: (trx: Trx) => Promise<{ result: T; announce: () => void }>): Promise<T> {
  const { result, announce } = await db.transaction().execute(work);
  announce();
  return result;
}
