import { mapConcurrently } from './concurrently.js';
import { DeliveryRecorder } from './delivery-recorder.js';
import type { ConnectMember } from './member-connection.js';
import { cpuSeconds, ownCpuSeconds } from './process-stats.js';
import { ScheduledSenders } from './scheduled-senders.js';
import { percentile, sortedSamples } from './stats.js';

export interface LoadPlan {
  rooms: number;
  membersPerRoom: number;
  messagesPerSecond: number;
  warmupSeconds: number;
  seconds: number;
  /** After the window closes, how long stragglers may take before they count as undelivered. */
  drainSeconds: number;
}

export interface LoadResult {
  p50Ms: number;
  p99Ms: number;
  deliveriesPerSecond: number;
  /** Deliveries of window messages that never arrived within the drain time. */
  undelivered: number;
  refusedSends: number;
  /** Share of one core used during the window. */
  serverCpu: number;
  loadGeneratorCpu: number;
}

/** Simultaneous handshakes; enough to connect quickly without turning the start into a stampede. */
const CONNECTING_AT_ONCE = 50;

/** Connects every member, runs the schedule (warm-up, then the measured window), and lets the tail arrive. */
export async function runLoadPhase(connect: ConnectMember, plan: LoadPlan, serverPid: number): Promise<LoadResult> {
  const recorder = new DeliveryRecorder();
  const slots = Array.from({ length: plan.rooms * plan.membersPerRoom }, (_, i) => i);
  const connections = await mapConcurrently(slots, CONNECTING_AT_ONCE, (slot) =>
    connect(slot % plan.rooms, Math.floor(slot / plan.rooms), recorder.received));
  const rooms = Array.from({ length: plan.rooms }, (_, room) => connections.filter((_, slot) => slot % plan.rooms === room));
  try {
    const senders = new ScheduledSenders(rooms, plan.messagesPerSecond, () => recorder.stamp());
    await senders.run(plan.warmupSeconds * 1000);

    const serverCpuBefore = cpuSeconds(serverPid);
    const ownCpuBefore = ownCpuSeconds();
    recorder.openWindow();
    await senders.run(plan.seconds * 1000);
    const windowSeconds = recorder.closeWindow();
    const serverCpu = (cpuSeconds(serverPid) - serverCpuBefore) / windowSeconds;
    const loadGeneratorCpu = (ownCpuSeconds() - ownCpuBefore) / windowSeconds;

    const expected = recorder.measuredSent * plan.membersPerRoom;
    const drainUntil = Date.now() + plan.drainSeconds * 1000;
    while (recorder.latenciesMs.length < expected && Date.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 50));

    const latencies = sortedSamples(recorder.latenciesMs);
    return {
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      deliveriesPerSecond: recorder.receiptsInWindow / windowSeconds,
      undelivered: expected - latencies.length,
      refusedSends: senders.refused,
      serverCpu,
      loadGeneratorCpu,
    };
  } finally {
    connections.forEach((connection) => connection.close());
  }
}
