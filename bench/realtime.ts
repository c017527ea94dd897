// Real-time delivery under load: 20 rooms of 50 connected members, senders at 500 messages/s in total.
// Each message carries its send time; every member's receipt gives one send-to-receive latency. The
// same clients and schedule then run against a bare `ws` broadcast server (the baseline, the least any
// server can do), one phase after the other, each server in its own process and this process as the
// load generator. Last, 5,000 idle authenticated sockets on a fresh Kindred process, for its memory.
// BENCH_SECONDS shortens the measured window for quick checks; reported figures use the default 30.
import { startServerProcess } from '../server/test/processes/server-process.js';
import { connectBaselineMember } from './realtime/baseline-member.js';
import { startBaselineProcess } from './realtime/baseline-process.js';
import { measureIdleConnections } from './realtime/idle-connections.js';
import { connectKindredMember } from './realtime/kindred-member.js';
import { type LoadPlan, runLoadPhase } from './realtime/load-phase.js';
import { printReport } from './realtime/report.js';
import { seedRooms } from './realtime/seed.js';

const IDLE_CONNECTIONS = 5_000;
const plan: LoadPlan = {
  rooms: 20,
  membersPerRoom: 50,
  messagesPerSecond: 500,
  warmupSeconds: 3,
  seconds: Number(process.env.BENCH_SECONDS ?? 30),
  drainSeconds: 5,
};

/** Starts a server process, runs `work` against it, and stops it whatever happens. */
async function withProcess<P extends { stop(): Promise<void> }, R>(starting: Promise<P>, work: (server: P) => Promise<R>): Promise<R> {
  const server = await starting;
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

const members = plan.rooms * plan.membersPerRoom;
console.log(`seeding ${plan.rooms} rooms x ${plan.membersPerRoom} members and ${IDLE_CONNECTIONS} more sessions on SQLite...`);
const seed = await seedRooms({ rooms: plan.rooms, membersPerRoom: plan.membersPerRoom, idleSessionsPerMember: IDLE_CONNECTIONS / members });
try {
  console.log(`kindred phase (${plan.warmupSeconds} s warm-up + ${plan.seconds} s)...`);
  const kindred = await withProcess(startServerProcess({ DATABASE_URL: seed.database.url }), (server) =>
    runLoadPhase((room, member, onBody) => {
      const { conversationId, memberCookies } = seed.rooms[room]!;
      return connectKindredMember(server.url, memberCookies[member]!, conversationId, onBody);
    }, plan, server.pid));

  console.log('baseline phase...');
  const baseline = await withProcess(startBaselineProcess(), (server) =>
    runLoadPhase((room, _member, onBody) => connectBaselineMember(server.port, room, onBody), plan, server.pid));

  console.log(`${IDLE_CONNECTIONS} idle sockets on a fresh kindred process...`);
  const idle = await withProcess(startServerProcess({ DATABASE_URL: seed.database.url }), (server) => measureIdleConnections(server, seed.idleSessions));

  printReport(plan, kindred, baseline, idle);
} finally {
  await seed.database.dispose();
}
