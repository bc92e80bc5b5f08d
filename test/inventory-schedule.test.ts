import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { InventoryClient, startInventory } from '@cloud-inventory/inventory';
import { apiToken, InventoryHarness } from './support/inventory-harness.js';
import { ManualClock } from '@cloud-inventory/inventory/testing';

let harness: InventoryHarness;
const clock = new ManualClock(Date.parse('2026-05-04T09:40:00Z'));

beforeAll(async () => {
  harness = await InventoryHarness.start();
  // Replace the harness's inventory with one on the default hourly schedule, driven by the manual clock.
  await harness.inventory.stop();
  harness.client.close();
  harness.config.schedule.enabled = true;
  harness.inventory = await startInventory(harness.config, {
    store: harness.store,
    logger: harness.logs.logger,
    env: harness.env,
    clock,
    metricsEndpoint: false,
  });
  harness.client = new InventoryClient(`127.0.0.1:${harness.inventory.api?.port}`, { token: apiToken });
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

async function waitForScheduledJobs(count: number): Promise<SyncJobRecord[]> {
  for (let polls = 0; polls < 1200; polls += 1) {
    const page = await harness.store.listJobs({}, { limit: 10 });
    const scheduled = page.items.filter((job) => job.trigger === 'schedule');
    if (scheduled.length >= count && scheduled.every((job) => ['SUCCESS', 'FAILURE'].includes(job.state)))
      return scheduled;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the scheduled sync did not finish');
}

describe('the sync schedule', () => {
  it('runs nothing before the top of the hour, then a whole sync at it', async () => {
    expect(harness.inventory.scheduler?.nextRunAt?.toISOString()).toBe('2026-05-04T10:00:00.000Z');
    clock.advanceTo('2026-05-04T09:59:00Z');
    expect((await harness.store.listJobs({}, { limit: 10 })).items).toEqual([]);
    clock.advanceTo('2026-05-04T10:00:00Z');
    const [job] = await waitForScheduledJobs(1);
    expect(job?.state).toBe('SUCCESS');
    expect(job?.counts.created).toBeGreaterThan(0);
    expect(harness.inventory.scheduler?.nextRunAt?.toISOString()).toBe('2026-05-04T11:00:00.000Z');
  });
});
