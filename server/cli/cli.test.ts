import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo-data.js';
import { freePort } from '../test/free-port.js';
import { SERVER_COMMAND } from '../test/server-command.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../test/test-database.js';

const TSX = 'node_modules/.bin/tsx';

function run(args: string[], env: Record<string, string>, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

function waitForOutput(child: ChildProcess, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for "${text}":\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes(text)) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.stderr?.on('data', (chunk) => (output += chunk));
  });
}

describe(`command line on ${testDialect()}`, () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterEach(() => database.dispose());

  it('starts on an empty database, seeds fictional demo people, prints the URL and sign-ins, and shuts down gracefully', async () => {
    const port = await freePort();
    const child = spawn(SERVER_COMMAND.file, [...SERVER_COMMAND.args], {
      env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'warn', PASSWORD_HASH_MEMORY_KIB: '1024', NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const output = await waitForOutput(child, 'member4@demo.kindred.invalid');
    expect(output).toContain(`Kindred is running at http://localhost:${port}`);
    expect(output).toContain(DEMO_PASSWORD);

    const base = `http://127.0.0.1:${port}`;
    const csrfResponse = await fetch(`${base}/api/auth/csrf`);
    const csrfCookie = csrfResponse.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://localhost:${port}`, 'x-csrf-token': csrfToken, cookie: csrfCookie },
      body: JSON.stringify({ email: 'admin@demo.kindred.invalid', password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    expect(((await signIn.json()) as { user: { roles: string[] } }).user.roles).toContain('admin');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('exits with a message naming a bad environment variable', async () => {
    const result = await run(['server/main.ts'], { PORT: 'not-a-port', DATABASE_URL: database.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT');
  });

  it('creates the first admin from the command line, refusing a weak password', async () => {
    const env = { DATABASE_URL: database.url, PASSWORD_HASH_MEMORY_KIB: '1024' };
    const weak = await run(['server/cli/create-admin.ts', '--email', 'lead@example.test', '--handle', 'Program Lead'], env, 'password1\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('too easy to guess');

    const created = await run(['server/cli/create-admin.ts', '--email', 'lead@example.test', '--handle', 'Program Lead'], env, 'tidal-meadow-copper-88\n');
    expect(created.stdout).toContain('Created admin lead@example.test');
    const roles = await database.db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id').select('role').where('email', '=', 'lead@example.test').orderBy('role').execute();
    expect(roles.map((row) => row.role)).toEqual(['admin', 'member']);
    expect(await database.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });
});
