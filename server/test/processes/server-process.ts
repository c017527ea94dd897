import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../free-port.js';
import { SERVER_COMMAND } from '../server-command.js';
import { TEST_ORIGIN } from '../test-client.js';

export interface ServerProcess {
  url: string;
  port: number;
  /** For reading the process's memory and CPU time from /proc. */
  pid: number;
  /** SIGKILL: no shutdown hooks, no flushing; what a power cut or OOM kill does. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** A real Kindred server process (server/main.ts), as an operator would run it, on the given database. */
/** `env` overrides the test defaults below (DATABASE_URL is required). */
export async function startServerProcess(env: { DATABASE_URL: string } & Record<string, string>, options: { port?: number } = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawn(SERVER_COMMAND.file, [...SERVER_COMMAND.args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: TEST_ORIGIN,
      DEMO_DATA: 'off',
      LOG_LEVEL: 'error',
      WEB_DIST: '/nonexistent-web-dist',
      PASSWORD_HASH_MEMORY_KIB: '1024',
      RATE_LIMIT_PER_MINUTE: '100000',
      SOCKET_EVENTS_PER_10S: '10000',
      ...env,
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server process exited early: ${stderr}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() - started > 30_000) throw new Error(`server process did not become ready: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    pid: child.pid!,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
