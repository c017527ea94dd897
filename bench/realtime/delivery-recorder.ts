import { performance } from 'node:perf_hooks';

const PREFIX = 'bench ';

/** Wall-clock milliseconds with sub-millisecond precision; senders and receivers share this process, so one clock. */
export const nowMs = () => performance.timeOrigin + performance.now();

/**
 * Stamps each message body with its send time and, on every receipt, records the send-to-receive
 * latency. Only messages sent inside the measured window count towards latency; deliveries per second
 * count every receipt inside the window, so warm-up traffic still in flight keeps the pipeline full.
 */
export class DeliveryRecorder {
  readonly latenciesMs: number[] = [];
  measuredSent = 0;
  receiptsInWindow = 0;
  private windowStart = Number.POSITIVE_INFINITY;
  private windowEnd = Number.POSITIVE_INFINITY;

  stamp(): string {
    const sentAt = nowMs();
    if (this.inWindow(sentAt)) this.measuredSent += 1;
    return `${PREFIX}${sentAt}`;
  }

  received = (body: string): void => {
    const receivedAt = nowMs();
    if (!body.startsWith(PREFIX)) return;
    const sentAt = Number(body.slice(PREFIX.length));
    if (this.inWindow(receivedAt)) this.receiptsInWindow += 1;
    if (this.inWindow(sentAt)) this.latenciesMs.push(receivedAt - sentAt);
  };

  openWindow(): void {
    this.windowStart = nowMs();
  }

  closeWindow(): number {
    this.windowEnd = nowMs();
    return (this.windowEnd - this.windowStart) / 1000;
  }

  private inWindow(at: number): boolean {
    return at >= this.windowStart && at < this.windowEnd;
  }
}
