import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '@cloud-inventory/collector-aws';
import type { StoredResource, SyncJobRecord } from '@cloud-inventory/graph-store';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let first: SyncJobRecord;
let second: SyncJobRecord;
let trailsAfterFirst: StoredResource[];

const kinds = registry.allEntries().map((entry) => entry.kind);

async function storedOf(kind: string): Promise<StoredResource[]> {
  return (await harness.store.listResources({ kinds: [kind] }, { limit: 1000 })).items;
}

interface TrailStatus {
  IsLogging?: boolean;
  LatestDeliveryAttemptTime?: string;
}

const statusOf = (trail: StoredResource | undefined) => trail?.data['Status'] as TrailStatus | undefined;

beforeAll(async () => {
  harness = await InventoryHarness.start();
  first = await harness.inventory.runner.run({ trigger: 'test' });
  trailsAfterFirst = await storedOf('aws_cloudtrail_trail');
  // Nothing changes in the simulated estate but what changes by itself in AWS too: trails keep delivering logs.
  await new Promise((resolve) => setTimeout(resolve, 20));
  second = await harness.inventory.runner.run({ trigger: 'test' });
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

describe('a second sync of an unchanged estate', () => {
  it('reports every resource unchanged and records no change', async () => {
    expect(first.state).toBe('SUCCESS');
    expect(second.state).toBe('SUCCESS');
    expect(second.counts).toEqual({ created: 0, updated: 0, unchanged: first.counts.created, deleted: 0, failed: 0 });
    expect((await harness.client.call('ListChanges', { sync_id: second.id, page_size: 1000 })).changes).toEqual([]);
  });

  it.each(kinds)('saw every %s again without counting an update', async (kind) => {
    const stored = await storedOf(kind);
    expect(stored.length).toBeGreaterThan(0);
    for (const resource of stored) expect([resource.uid, resource.lastSyncId]).toEqual([resource.uid, second.id]);
    const changes = await harness.client.call('ListChanges', { sync_id: second.id, kinds: [kind], page_size: 1000 });
    expect(changes.changes.map((change) => `${change.change} ${change.uid}`)).toEqual([]);
  });

  it('shows the latest delivery times of the trails, which moved between the syncs', async () => {
    expect(trailsAfterFirst.length).toBeGreaterThan(0);
    for (const before of trailsAfterFirst) {
      const shown = await harness.client.call('GetResource', { uid: before.uid });
      const status = (JSON.parse(shown.data_json) as { Status?: TrailStatus }).Status;
      const earlier = statusOf(before);
      if (earlier?.IsLogging !== true) continue;
      expect(status?.LatestDeliveryAttemptTime).toBeDefined();
      expect(status?.LatestDeliveryAttemptTime).not.toBe(earlier.LatestDeliveryAttemptTime);
    }
    expect(trailsAfterFirst.some((trail) => statusOf(trail)?.IsLogging === true)).toBe(true);
  });
});
