import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { expectedGraph } from './support/expected-graph.js';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let job: SyncJobRecord;

beforeAll(async () => {
  harness = await InventoryHarness.start({ withAssumedAccount: true });
  job = await harness.inventory.runner.run({ trigger: 'test' });
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

async function kindsInStore(account: string): Promise<Record<string, number>> {
  const rows = await harness.store.aggregate({
    filter: { accounts: [account] },
    groupBy: ['kind'],
    value: { op: 'count' },
  });
  return Object.fromEntries(rows.map((row) => [row.group.kind ?? '', row.value]));
}

describe('a first sync through the real collector', () => {
  it('succeeds with every task, for the main account and the one reached by AssumeRole', () => {
    expect(job.error).toBeUndefined();
    expect(job.state).toBe('SUCCESS');
    expect(job.accounts).toEqual(['main', 'partner']);
    expect(job.tasks.length).toBeGreaterThan(4);
    expect(job.tasks.filter((task) => task.state !== 'SUCCESS')).toEqual([]);
    expect(job.counts.created).toBeGreaterThan(0);
    expect(job.counts.deleted).toBe(0);
  });

  it('builds every resource the collector reports (the simulated world), in both accounts', async () => {
    for (const account of harness.sim.accounts) {
      const expected = (await expectedGraph(harness, account.id)).kinds;
      const stored = await kindsInStore(account.id);
      expect(stored).toEqual(expected);
      expect(stored.aws_account).toBe(1);
      expect(stored.aws_region).toBeGreaterThanOrEqual(harness.sim.regions.length);
    }
  });

  it('connects every relationship the collector reports', async () => {
    // every account at once: an edge from one account into another (a cross-account peering) connects too
    const { edges: expected } = await expectedGraph(harness, ...harness.sim.accounts.map((account) => account.id));
    const stored: Record<string, number> = {};
    for (const type of Object.keys(expected)) stored[type] = await harness.store.countEdges({ types: [type] });
    expect(stored).toEqual(expected);
    // No other edge either: every connected edge of the store is one the collector reported.
    const reported = Object.values(expected).reduce((sum, count) => sum + count, 0);
    expect(reported).toBeGreaterThan(0);
    expect(await harness.store.countEdges()).toBe(reported);
  });

  it('answers a neighbour query from an instance to its subnet, VPC, groups, image and volumes', async () => {
    const region = harness.sim.regions[0] as string;
    const instance = harness.sim.state.list('instance', { account: harness.sim.mainAccountId, region })[0];
    if (!instance) throw new Error('the simulator has no instance');
    const uid = `arn:aws:ec2:${region}:${harness.sim.mainAccountId}:instance/${instance.InstanceId}`;
    const around = await harness.client.call('GetNeighbors', { uid, direction: 'BOTH' });
    const types = new Set(around.edges.map((edge) => edge.type));
    expect([...types].sort()).toEqual(expect.arrayContaining(['in_subnet', 'in_vpc', 'launched_from', 'member_of']));
    expect(around.resources.map((resource) => resource.kind)).toEqual(
      expect.arrayContaining(['aws_subnet', 'aws_vpc', 'aws_ec2_image']),
    );
  });

  it('records the job with its tasks and counts, queryable through the API', async () => {
    const stored = await harness.client.call('GetJob', { job_id: job.id });
    expect(stored.state).toBe('SUCCESS');
    expect(stored.tasks.map((task) => task.state)).toEqual(job.tasks.map(() => 'SUCCESS'));
    expect(stored.counts?.created).toBe(job.counts.created);
    const listed = await harness.client.call('ListJobs', { states: ['SUCCESS'] });
    expect(listed.jobs.map((listedJob) => listedJob.job_id)).toContain(job.id);
  });

  it('never lets the secret key reach logs, job records, the graph or the API', async () => {
    const secret = harness.sim.credentials.secretAccessKey;
    expect(harness.logs.text()).not.toContain(secret);
    expect(harness.collectorLogs.text()).not.toContain(secret);
    expect(JSON.stringify(await harness.store.getJob(job.id))).not.toContain(secret);
    const page = await harness.store.listResources({}, { limit: 1000 });
    expect(JSON.stringify(page.items)).not.toContain(secret);
    expect(harness.logs.lines.length).toBeGreaterThan(0);
  });
});
