import type { Clock } from '@cloud-inventory/inventory';

/** A clock that moves only when the test says so, firing the timers it passes. */
export class ManualClock implements Clock {
  private timers: { at: number; callback: () => void; isCancelled: boolean }[] = [];

  constructor(private current: number) {}

  now(): Date {
    return new Date(this.current);
  }

  setTimer(callback: () => void, ms: number): { cancel(): void } {
    const timer = { at: this.current + ms, callback, isCancelled: false };
    this.timers.push(timer);
    return { cancel: () => (timer.isCancelled = true) };
  }

  advanceTo(iso: string): void {
    const target = Date.parse(iso);
    for (;;) {
      const due = this.timers.filter((t) => !t.isCancelled && t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.current = due.at;
      due.isCancelled = true;
      due.callback();
    }
    this.current = target;
  }
}
