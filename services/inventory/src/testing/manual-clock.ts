import type { Clock } from '../schedule/sync-scheduler.js';

/** A clock that only moves when the test says so, firing due timers in order as it passes them. */
export class ManualClock implements Clock {
  private timers: { at: number; callback: () => void; isCancelled: boolean }[] = [];
  /** The delay of every timer set, in order (to check a backoff without waiting for it). */
  readonly requestedDelays: number[] = [];

  constructor(private current: number) {}

  now(): Date {
    return new Date(this.current);
  }

  setTimer(callback: () => void, ms: number): { cancel(): void } {
    const timer = { at: this.current + ms, callback, isCancelled: false };
    this.timers.push(timer);
    this.requestedDelays.push(ms);
    return { cancel: () => (timer.isCancelled = true) };
  }

  get pendingTimers(): number {
    return this.timers.filter((timer) => !timer.isCancelled).length;
  }

  advanceTo(iso: string): void {
    this.advanceBy(Date.parse(iso) - this.current);
  }

  advanceBy(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = this.timers
        .filter((timer) => !timer.isCancelled && timer.at <= target)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.current = due.at;
      due.isCancelled = true;
      due.callback();
    }
    this.current = target;
  }
}
