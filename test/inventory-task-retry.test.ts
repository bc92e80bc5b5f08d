import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { CollectorTestClient, collectAccount, simAccountSecret } from '@cloud-inventory/collector-aws/testing';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let job: SyncJobRecord;
let region: string;

/** Resolves once `predicate` holds, checking every 20 ms. */
async function until(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  harness = await InventoryHarness.start();
  const [warmRegion = '', slowRegion = ''] = harness.sim.regions;
  region = slowRegion;
  // Warms the collector's workers up in another region, so that the region under test is new to the store and the
  // tight deadline only cuts the slow call.
  expect((await harness.inventory.runner.run({ trigger: 'test', regions: [warmRegion] })).state).toBe('SUCCESS');

  harness.config.task.deadlineMs = 3000;
  harness.config.task.retryBackoffMs = 1000;
  // The first attempt streams the fast kinds into the store, then outlives its deadline waiting on snapshots (a
  // transport failure mid-stream); the fault is gone before the retry, which collects everything again.
  const slowSnapshots = harness.sim.faults.latency(5000, { region, operation: 'DescribeSnapshots' });
  const started = await harness.inventory.runner.start({ trigger: 'test', regions: [region], services: ['ec2'] });
  await until(() => harness.logs.text().includes('task failed in transport, retrying'), 30_000);
  slowSnapshots.remove();
  job = await started.done;
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

/** What the collector emits for the account's ec2 task in the region under test, collected once, directly. */
async function collectedByEc2Task(account: string): Promise<number> {
  const client = new CollectorTestClient(`127.0.0.1:${harness.collector.port}`);
  try {
    const secret = simAccountSecret(harness.sim, account);
    const { plan, resources } = await collectAccount(client, { endpoint_url: harness.endpointUrl }, secret);
    const ec2Kinds = new Set(plan.tasks.find((task) => task.service === 'ec2')?.kinds);
    return resources.filter((resource) => resource.region === region && ec2Kinds.has(resource.kind)).length;
  } finally {
    client.close();
  }
}

describe('a task retried after a transport failure mid-stream', () => {
  it('succeeds on its second attempt', () => {
    const task = job.tasks.find((candidate) => candidate.service === 'ec2' && candidate.region === region);
    expect(task?.state).toBe('SUCCESS');
    expect(job.state).toBe('SUCCESS');
    expect(harness.logs.lines.filter((line) => line.includes('task failed in transport, retrying'))).toHaveLength(1);
  });

  it('counts each resource once, as created, however many attempts wrote it', async () => {
    const account = harness.sim.mainAccountId;
    const inSim = await collectedByEc2Task(account);
    const stored = await harness.store.aggregate({
      filter: { regions: [region], serviceGroups: ['EC2', 'VPC'] },
      groupBy: [],
      value: { op: 'count' },
    });
    expect(stored[0]?.value).toBe(inSim);
    const task = job.tasks.find((candidate) => candidate.service === 'ec2' && candidate.region === region);
    expect(task?.counts).toEqual({ created: inSim, updated: 0, unchanged: 0, deleted: 0, failed: 0 });
    const sum = (field: 'created' | 'unchanged') => job.tasks.reduce((total, each) => total + each.counts[field], 0);
    expect(job.counts).toMatchObject({ created: sum('created'), unchanged: sum('unchanged'), updated: 0 });
  });
});
