import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openGraphStore, type GraphStore, type SyncJobRecord } from '@cloud-inventory/graph-store';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let finished: SyncJobRecord;
let canceled: SyncJobRecord;
const copies: GraphStore[] = [];

/** A copy of the embedded store's .db file alone, taken while the inventory runs (its WAL is left behind). */
async function copyOfDbFile(name: string): Promise<GraphStore> {
  const copy = join(harness.dir, name);
  copyFileSync(join(harness.dir, 'inventory.db'), copy);
  const store = await openGraphStore({ kind: 'sqlite', path: copy });
  copies.push(store);
  return store;
}

beforeAll(async () => {
  harness = await InventoryHarness.start();
  finished = await harness.inventory.runner.run({ trigger: 'test' });
  const slow = harness.sim.faults.latency(10_000, { operation: 'DescribeSnapshots' });
  const started = await harness.inventory.runner.start({ trigger: 'test', services: ['ec2'] });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await harness.inventory.runner.cancel(started.job.id);
  canceled = await started.done;
  slow.remove();
}, 120_000);

afterAll(async () => {
  for (const copy of copies) await copy.close();
  await harness?.stop();
});

describe('the embedded store file after a sync', () => {
  it('holds the finished job and every resource: the sync is checkpointed after its last record', async () => {
    expect(finished.state).toBe('SUCCESS');
    const copy = await copyOfDbFile('after-sync.db');
    expect((await copy.getJob(finished.id))?.state).toBe('SUCCESS');
    const [total] = await copy.aggregate({ groupBy: [], value: { op: 'count' } });
    const [live] = await harness.store.aggregate({ groupBy: [], value: { op: 'count' } });
    expect(total?.value).toBe(live?.value);
    expect(total?.value).toBeGreaterThan(0);
  });

  it('holds a canceled job as canceled too', async () => {
    expect(canceled.state).toBe('CANCELED');
    const copy = await copyOfDbFile('after-cancel.db');
    expect((await copy.getJob(canceled.id))?.state).toBe('CANCELED');
  });
});
