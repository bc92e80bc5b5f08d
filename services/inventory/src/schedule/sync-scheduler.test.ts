import { describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { parseCronExpression } from './cron-expression.js';
import { ManualClock } from '../testing/manual-clock.js';
import { SyncScheduler } from './sync-scheduler.js';

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
