/**
 * A fixed-window allowance of events per socket: enough for a person typing and sending quickly, not
 * enough for a script to flood a room.
 */
export class EventBudget {
  private windowStartedAt = Number.NEGATIVE_INFINITY;
  private used = 0;

  constructor(private readonly perWindow: number, private readonly windowMs = 10_000, private readonly now = () => Date.now()) {}

  take(): boolean {
    const at = this.now();
    if (at - this.windowStartedAt >= this.windowMs) {
      this.windowStartedAt = at;
      this.used = 0;
    }
    this.used += 1;
    return this.used <= this.perWindow;
  }
}
