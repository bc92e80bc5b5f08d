import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let job: SyncJobRecord;
let removedUid: string;
let resourcesBefore: number;

async function countResources(): Promise<number> {
  const rows = await harness.store.aggregate({ groupBy: [], value: { op: 'count' } });
  return rows[0]?.value ?? 0;
}

beforeAll(async () => {
  harness = await InventoryHarness.start();
  expect((await harness.inventory.runner.run({ trigger: 'test' })).state).toBe('SUCCESS');
  resourcesBefore = await countResources();
  const account = harness.sim.mainAccountId;
  const region = harness.sim.regions[0] as string;
  const instance = harness.sim.state.list('instance', { account, region })[0];
  if (!instance) throw new Error('the simulator has no instance');
  harness.sim.state.remove('instance', { account, region }, instance.InstanceId);
  removedUid = `arn:aws:ec2:${region}:${account}:instance/${instance.InstanceId}`;
  await harness.stopCollector();
  job = await harness.inventory.runner.run({ trigger: 'test' });
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

describe('a sync while the collector is down', () => {
  it('fails at GetTasks with UNAVAILABLE after retrying', () => {
    expect(job.state).toBe('FAILURE');
    expect(job.tasks).toHaveLength(1);
    expect(job.tasks[0]).toMatchObject({ type: 'GET_TASKS', state: 'FAILURE' });
    expect(job.tasks[0]?.error).toMatch(/^UNAVAILABLE/);
    expect(harness.logs.text()).toContain('GetTasks failed in transport, retrying');
  });

  it('deletes nothing', async () => {
    expect(job.counts.deleted).toBe(0);
    expect(await countResources()).toBe(resourcesBefore);
    expect(await harness.store.getResource(removedUid)).toBeDefined();
  });

  it('keeps the secret out of the failure it records', async () => {
    const stored = await harness.client.call('GetJob', { job_id: job.id });
    expect(JSON.stringify(stored)).not.toContain(harness.sim.credentials.secretAccessKey);
    expect(harness.logs.text()).not.toContain(harness.sim.credentials.secretAccessKey);
  });
});
