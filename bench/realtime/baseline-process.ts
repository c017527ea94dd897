import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from '../../server/test/free-port.js';

export interface BaselineProcess {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** The bare ws broadcast server in its own process, as Kindred runs in its own. */
export async function startBaselineProcess(): Promise<BaselineProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/realtime/baseline-server.ts', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`baseline server exited early (${code})`)));
  });
  return {
    port,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
