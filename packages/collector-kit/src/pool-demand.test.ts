import { describe, expect, it } from '@jest/globals';
import { PoolDemand } from './pool-demand.js';

describe('PoolDemand', () => {
  it('keeps kinds on the main thread until the running work has collected the threshold', () => {
    const demand = new PoolDemand(100);
    expect(demand.start()).toBe(false);
    demand.collected(99);
    expect(demand.start()).toBe(false);
    demand.collected(1);
    expect(demand.start()).toBe(true);
  });

  it('counts from zero again once no kind runs (the next sync)', () => {
    const demand = new PoolDemand(100);
    demand.start();
    demand.start();
    demand.collected(150);
    demand.finish();
    expect(demand.start()).toBe(true);
    demand.finish();
    demand.finish();
    expect(demand.start()).toBe(false);
  });

  it('sends every kind to the pool with a threshold of 0', () => {
    expect(new PoolDemand(0).start()).toBe(true);
  });
});
