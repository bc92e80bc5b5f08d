import { describe, expect, it } from '@jest/globals';
import { getEventListeners } from 'node:events';
import { ConcurrencyLimiter } from './concurrency-limiter.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ConcurrencyLimiter', () => {
  it('never runs more than its limit at once and serves waiters in order', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let peak = 0;
    const runs = gates.map((gate, index) =>
      limiter.run(async () => {
        started.push(index);
        peak = Math.max(peak, limiter.running);
        await gate.promise;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1]?.resolve();
    gates[0]?.resolve();
    gates[2]?.resolve();
    gates[3]?.resolve();
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
    expect(limiter.running).toBe(0);
  });

  it('drops a waiter whose signal aborts, without taking a slot', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    gate.resolve();
    await first;
    expect(limiter.running).toBe(0);
  });

  it('holds one abort listener for all the waiters that share a signal, and none once they have run', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const controller = new AbortController();
    const gate = deferred();
    const runs = Array.from({ length: 200 }, () => limiter.run(() => gate.promise, controller.signal));
    await Promise.resolve();
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    gate.resolve();
    await Promise.all(runs);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(limiter.running).toBe(0);
  });

  it('on abort drops every waiter of that signal and keeps the others in order', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const job = new AbortController();
    const other = new AbortController();
    const order: string[] = [];
    const aborted = [limiter.acquire(job.signal), limiter.acquire(job.signal)];
    const kept = [
      limiter.run(async () => void order.push('a'), other.signal),
      limiter.run(async () => void order.push('b')),
    ];
    job.abort(new Error('job cancelled'));
    for (const waiting of aborted) await expect(waiting).rejects.toThrow('job cancelled');
    expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);
    gate.resolve();
    await first;
    await Promise.all(kept);
    expect(order).toEqual(['a', 'b']);
    expect(getEventListeners(other.signal, 'abort')).toHaveLength(0);
    expect(limiter.running).toBe(0);
  });
});
