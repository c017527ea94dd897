import type { IdleResult } from './idle-connections.js';
import type { LoadPlan, LoadResult } from './load-phase.js';
import { round } from './stats.js';

const TARGET_P99_MS = 100;
const TARGET_RATIO = 0.5;
const TARGET_IDLE_MIB = 1024;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

function phaseLine(name: string, result: LoadResult): string {
  return `${name.padEnd(9)} ${result.p50Ms.toFixed(1).padStart(8)} ${result.p99Ms.toFixed(1).padStart(8)} ${Math.round(result.deliveriesPerSecond).toString().padStart(13)}`
    + ` ${String(result.undelivered).padStart(11)} ${String(result.refusedSends).padStart(7)} ${percent(result.serverCpu).padStart(10)} ${percent(result.loadGeneratorCpu).padStart(8)}`;
}

/** Readable figures first, then the one JSON line that tools read (always the last line). */
export function printReport(plan: LoadPlan, kindred: LoadResult, baseline: LoadResult, idle: IdleResult): void {
  const ratio = kindred.deliveriesPerSecond / baseline.deliveriesPerSecond;
  const offered = plan.messagesPerSecond * plan.membersPerRoom;
  console.log(`\n${plan.rooms} rooms x ${plan.membersPerRoom} members, ${plan.messagesPerSecond} messages/s for ${plan.seconds} s after ${plan.warmupSeconds} s warm-up (${offered} deliveries/s offered)`);
  console.log('server     p50 ms   p99 ms  deliveries/s  undelivered  refused  server CPU  load CPU');
  console.log(phaseLine('kindred', kindred));
  console.log(phaseLine('baseline', baseline));
  console.log(`undelivered: window messages' deliveries still missing ${plan.drainSeconds} s after the window closed (a backlog when a server falls behind)`);
  console.log('CPU: share of one core during the window; the server and this load generator share the machine');
  console.log(`\nkindred p99 ${kindred.p99Ms.toFixed(1)} ms (target under ${TARGET_P99_MS}): ${verdict(kindred.p99Ms < TARGET_P99_MS)}`);
  console.log(`deliveries/s ratio kindred/baseline ${ratio.toFixed(2)} (target at least ${TARGET_RATIO}): ${verdict(ratio >= TARGET_RATIO)}`);
  console.log(`${idle.connections} idle authenticated sockets: server RSS ${idle.rssMiB.toFixed(0)} MiB (${idle.rssBeforeMiB.toFixed(0)} MiB before connecting; target under ${TARGET_IDLE_MIB}): ${verdict(idle.rssMiB < TARGET_IDLE_MIB)}`);
  console.log(JSON.stringify({
    kindred_p50_ms: round(kindred.p50Ms, 2),
    kindred_p99_ms: round(kindred.p99Ms, 2),
    kindred_deliveries_per_s: Math.round(kindred.deliveriesPerSecond),
    baseline_p50_ms: round(baseline.p50Ms, 2),
    baseline_p99_ms: round(baseline.p99Ms, 2),
    baseline_deliveries_per_s: Math.round(baseline.deliveriesPerSecond),
    ratio: round(ratio, 3),
    idle_5000_rss_mib: round(idle.rssMiB, 1),
  }));
}
