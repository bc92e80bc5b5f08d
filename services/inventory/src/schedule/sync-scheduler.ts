import type { Logger } from 'pino';
import type { CronSchedule } from './cron-expression.js';

/** The passage of time, injectable so tests can drive the schedule without waiting. */
export interface Clock {
  now(): Date;
  setTimer(callback: () => void, ms: number): { cancel(): void };
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(callback, ms) {
    // setTimeout overflows above ~24.8 days; a far run just re-arms the timer when it fires early.
    const timer = setTimeout(callback, Math.min(ms, 2 ** 31 - 1));
    timer.unref();
    return { cancel: () => clearTimeout(timer) };
  },
};

/** Runs `onTick` at each time the cron expression names; a run still going when the next is due is the runner's concern. */
export class SyncScheduler {
  private timer: { cancel(): void } | undefined;
  private isStopped = true;
  private nextRun: Date | undefined;

  constructor(
    private readonly schedule: CronSchedule,
    private readonly onTick: (scheduledFor: Date) => Promise<void>,
    private readonly logger: Logger,
    private readonly clock: Clock = systemClock,
  ) {}

  get nextRunAt(): Date | undefined {
    return this.nextRun;
  }

  start(): void {
    this.isStopped = false;
    this.arm();
  }

  stop(): void {
    this.isStopped = true;
    this.timer?.cancel();
    this.timer = undefined;
    this.nextRun = undefined;
  }

  private arm(): void {
    if (this.isStopped) return;
    const next = this.schedule.nextAfter(this.clock.now());
    this.nextRun = next;
    this.timer = this.clock.setTimer(() => this.fire(next), Math.max(0, next.getTime() - this.clock.now().getTime()));
  }

  private fire(scheduledFor: Date): void {
    if (this.isStopped) return;
    if (this.clock.now().getTime() < scheduledFor.getTime()) {
      this.arm();
      return;
    }
    this.arm();
    this.onTick(scheduledFor).catch((error: unknown) =>
      this.logger.error({ err: error }, 'scheduled sync failed to start'),
    );
  }
}
