import type { MemberConnection } from './member-connection.js';

const TICK_MS = 2;

/**
 * Open-loop load: messages go out at a fixed total rate whether or not the server keeps up (a slow
 * server must show up as latency, not as a politely reduced load). Message k goes to room k mod rooms,
 * from the next member in turn, so every room gets the same share and every member sends now and then.
 */
export class ScheduledSenders {
  refused = 0;
  private sent = 0;

  constructor(
    private readonly rooms: MemberConnection[][],
    private readonly messagesPerSecond: number,
    private readonly body: () => string,
  ) {}

  async run(durationMs: number): Promise<void> {
    const started = performance.now();
    const sentBefore = this.sent;
    for (;;) {
      const elapsed = performance.now() - started;
      if (elapsed >= durationMs) return;
      // Catch up after a late timer, so the total rate holds even when this process is busy.
      const due = Math.floor((elapsed * this.messagesPerSecond) / 1000) - (this.sent - sentBefore);
      for (let i = 0; i < due; i += 1) this.sendNext();
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
  }

  private sendNext(): void {
    const room = this.rooms[this.sent % this.rooms.length]!;
    const sender = room[Math.floor(this.sent / this.rooms.length) % room.length]!;
    this.sent += 1;
    void sender.send(this.body()).then((accepted) => {
      if (!accepted) this.refused += 1;
    });
  }
}
