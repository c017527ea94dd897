import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerProcess } from '../../server/test/processes/server-process.js';
import { mapConcurrently } from './concurrently.js';
import { connectKindredMember } from './kindred-member.js';
import { residentMiB } from './process-stats.js';

export interface IdleResult {
  connections: number;
  rssBeforeMiB: number;
  rssMiB: number;
}

const CONNECTING_AT_ONCE = 100;
/** Time for the server to finish joining rooms and settle after the last handshake. */
const SETTLE_MS = 3000;

/** Holds one authenticated socket per session, each in its member's room, and reads the server's resident memory. */
export async function measureIdleConnections(server: ServerProcess, sessions: Array<{ cookie: string; conversationId: string }>): Promise<IdleResult> {
  const rssBeforeMiB = residentMiB(server.pid);
  const connections = await mapConcurrently(sessions, CONNECTING_AT_ONCE, ({ cookie, conversationId }) =>
    connectKindredMember(server.url, cookie, conversationId, () => {}));
  try {
    await sleep(SETTLE_MS);
    return { connections: connections.length, rssBeforeMiB, rssMiB: residentMiB(server.pid) };
  } finally {
    connections.forEach((connection) => connection.close());
  }
}
