import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { SqliteGraphStore, type LeaseFence } from '@cloud-inventory/graph-store';
import { LeaseKeeper } from './lease-keeper.js';

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('LeaseKeeper', () => {
  let dir: string;
  let store: SqliteGraphStore;
  let keeper: LeaseKeeper | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lease-keeper-'));
    store = new SqliteGraphStore({ path: join(dir, 'inventory.db') });
    await store.init();
  });

  afterEach(async () => {
    await keeper?.stop();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  function start(onAcquired: (fence: LeaseFence) => Promise<void>, lost: LeaseFence[] = []): LeaseKeeper {
    keeper = new LeaseKeeper({
      store,
      name: 'inventory-sync',
      holder: 'one',
      ttlMs: 600,
      standbyRetryMs: 20,
      logger: pino({ level: 'silent' }),
      onAcquired,
      onLost: (fence) => lost.push(fence),
    });
    return keeper;
  }

  it('takes the lease anew, with a new token, after losing it while nobody else took it', async () => {
    const tenures: LeaseFence[] = [];
    const lost: LeaseFence[] = [];
    const held = start(async (fence) => void tenures.push(fence), lost);
    await held.start();
    expect(tenures.map((fence) => fence.token)).toEqual([1]);
    held.reportLost(tenures[0] as LeaseFence);
    expect(lost).toHaveLength(1);
    await until(() => tenures.length === 2);
    // The old tenure's token is never current again: its writes are refused by the store.
    expect(tenures[1]?.token).toBe(2);
    expect(held.fence).toBe(tenures[1]);
    expect(held.isCurrent(tenures[0] as LeaseFence)).toBe(false);
  });

  it('runs the recovery of a new tenure again until it succeeds', async () => {
    let attempts = 0;
    const held = start(async () => {
      attempts++;
      if (attempts < 3) throw new Error('store blip');
    });
    await held.start();
    expect(held.holding).toBe(true);
    // Renewals every ttl / 3: the recovery runs with them until it succeeds, then no more.
    await until(() => attempts === 3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(attempts).toBe(3);
  });
});
