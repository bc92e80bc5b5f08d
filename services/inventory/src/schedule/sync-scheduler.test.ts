import { describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { parseCronExpression } from './cron-expression.js';
import { SyncScheduler, type Clock } from './sync-scheduler.js';

/** A clock that only moves when the test says so, firing due timers as it passes them. */
class ManualClock implements Clock {
  private timers: { at: number; callback: () => void; isCancelled: boolean }[] = [];
  constructor(private current: number) {}
  now(): Date {
    return new Date(this.current);
  }
  setTimer(callback: () => void, ms: number) {
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

describe('SyncScheduler', () => {
  it('runs hourly by default expression at the top of each hour', () => {
    const clock = new ManualClock(Date.parse('2026-03-01T10:20:00Z'));
    const runs: string[] = [];
    const scheduler = new SyncScheduler(
      parseCronExpression('0 * * * *'),
      async (at) => void runs.push(at.toISOString()),
      pino({ level: 'silent' }),
      clock,
    );
    scheduler.start();
    expect(scheduler.nextRunAt?.toISOString()).toBe('2026-03-01T11:00:00.000Z');
    clock.advanceTo('2026-03-01T13:30:00Z');
    expect(runs).toEqual(['2026-03-01T11:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-03-01T13:00:00.000Z']);
    scheduler.stop();
    clock.advanceTo('2026-03-01T18:00:00Z');
    expect(runs).toHaveLength(3);
  });

  it('follows any cron expression from configuration', () => {
    const clock = new ManualClock(Date.parse('2026-03-02T00:00:30Z'));
    const runs: string[] = [];
    const scheduler = new SyncScheduler(
      parseCronExpression('*/20 6-7 * * 1'),
      async (at) => void runs.push(at.toISOString()),
      pino({ level: 'silent' }),
      clock,
    );
    scheduler.start();
    clock.advanceTo('2026-03-09T00:00:00Z');
    expect(runs).toEqual([
      '2026-03-02T06:00:00.000Z',
      '2026-03-02T06:20:00.000Z',
      '2026-03-02T06:40:00.000Z',
      '2026-03-02T07:00:00.000Z',
      '2026-03-02T07:20:00.000Z',
      '2026-03-02T07:40:00.000Z',
    ]);
    scheduler.stop();
  });

  it('keeps scheduling after a run that fails to start', () => {
    const clock = new ManualClock(Date.parse('2026-03-01T10:59:00Z'));
    let calls = 0;
    const scheduler = new SyncScheduler(
      parseCronExpression('0 * * * *'),
      async () => {
        calls += 1;
        throw new Error('a sync is already running');
      },
      pino({ level: 'silent' }),
      clock,
    );
    scheduler.start();
    clock.advanceTo('2026-03-01T12:00:00Z');
    expect(calls).toBe(2);
    scheduler.stop();
  });
});
