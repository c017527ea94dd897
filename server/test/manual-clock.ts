import type { Clock } from '../platform/clock.js';

/** A clock tests move by hand to cross expiry and lockout boundaries without waiting. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start = new Date('2026-11-22T12:00:00.000Z')) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }

  advanceSeconds(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}
