import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let job: SyncJobRecord;
let slowRegion: string;
let keptUid: string;

beforeAll(async () => {
  harness = await InventoryHarness.start();
  // The first sync warms the collector's workers up; the deadline is tightened only afterwards.
  expect((await harness.inventory.runner.run({ trigger: 'test' })).state).toBe('SUCCESS');
  const account = harness.sim.mainAccountId;
  slowRegion = harness.sim.regions[1] as string;
  const instance = harness.sim.state.list('instance', { account, region: slowRegion })[0];
  if (!instance) throw new Error('the simulator has no instance');
  harness.sim.state.remove('instance', { account, region: slowRegion }, instance.InstanceId);
  keptUid = `arn:aws:ec2:${slowRegion}:${account}:instance/${instance.InstanceId}`;

  harness.config.task.deadlineMs = 1500;
  harness.sim.faults.latency(5000, { region: slowRegion, operation: 'DescribeInstances' });
  job = await harness.inventory.runner.run({ trigger: 'test' });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

describe('a task that outlives its deadline', () => {
  it('is retried once and then fails with DEADLINE_EXCEEDED, failing the job', () => {
    const slowTask = job.tasks.find((task) => task.service === 'ec2' && task.region === slowRegion);
    expect(slowTask?.state).toBe('FAILURE');
    expect(slowTask?.error).toMatch(/^DEADLINE_EXCEEDED/);
    expect(job.state).toBe('FAILURE');
    expect(
      harness.logs.lines.filter((line) => line.includes('task failed in transport, retrying')).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it('keeps the resources of its scopes while other tasks succeed', async () => {
    expect(await harness.store.getResource(keptUid)).toBeDefined();
    expect(job.tasks.filter((task) => task.state === 'SUCCESS').length).toBeGreaterThan(3);
  });
});
