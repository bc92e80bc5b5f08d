import { describe, expect, it } from '@jest/globals';
import { SummaryReuse } from './summary-reuse.js';

function counting() {
  let computed = 0;
  return { compute: () => Promise.resolve(++computed), computed: () => computed };
}

describe('GetSummary counts while a sync runs', () => {
  it('are computed for every call without a sync', async () => {
    const reuse = new SummaryReuse<number>(() => false);
    const counts = counting();
    expect([await reuse.get('all', counts.compute), await reuse.get('all', counts.compute)]).toEqual([1, 2]);
  });

  it('are given again up to the age limit during a sync, per question', async () => {
    let now = 0;
    const reuse = new SummaryReuse<number>(
      () => true,
      1000,
      () => now,
    );
    const counts = counting();
    expect(await reuse.get('all', counts.compute)).toBe(1);
    now = 1000;
    expect(await reuse.get('all', counts.compute)).toBe(1);
    expect(await reuse.get('kind=vpc', counts.compute)).toBe(2);
    now = 1001;
    expect(await reuse.get('all', counts.compute)).toBe(3);
  });

  it('are not given again once the sync is over, nor after a failure', async () => {
    let syncing = true;
    const reuse = new SummaryReuse<number>(() => syncing);
    await expect(reuse.get('all', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    const counts = counting();
    expect(await reuse.get('all', counts.compute)).toBe(1);
    syncing = false;
    expect(await reuse.get('all', counts.compute)).toBe(2);
  });
});
