import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LookupFunction } from 'node:net';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { FakeDns } from '@cloud-inventory/collector-kit/testing';
import { InventoryHarness } from './support/inventory-harness.js';

const simHost = 'aws-sim.test';
let harness: InventoryHarness;
let job: SyncJobRecord;
let account: string;
const removedByRegion = new Map<string, string>();
const instancesBefore = new Map<string, number>();
let dnsFailedAt = Number.POSITIVE_INFINITY;
/** EC2 calls per region before the second sync. */
let callsBefore: Map<string, Record<string, number>> | undefined;

const instanceArn = (region: string, id: string) => `arn:aws:ec2:${region}:${account}:instance/${id}`;

async function storedInstances(region: string): Promise<number> {
  const page = await harness.store.listResources({ kinds: ['aws_ec2_instance'], regions: [region] }, { limit: 1000 });
  return page.items.length;
}

/** A scope's failure is named in its task's error as `<kind>: <code>`. */
function scopeFailed(kind: string, region: string): boolean {
  return job.tasks.some((task) => task.region === region && (task.error ?? '').includes(`${kind}: `));
}

function instanceScopeFailed(region: string): boolean {
  const task = job.tasks.find((candidate) => candidate.service === 'ec2' && candidate.region === region);
  return /aws_ec2_instance: NetworkError/.test(task?.error ?? '');
}

/** EC2 calls per operation the simulator has answered in a region so far. */
function ec2Calls(region: string): Record<string, number> {
  return harness.sim.counters.byOperation({ service: 'ec2', region });
}

beforeAll(async () => {
  const dns = new FakeDns().resolve(simHost);
  // The resolver goes away once the second sync has made, in one region, every EC2 call the first sync made there:
  // that region's ec2 task is complete (tasks run one at a time), every later lookup gets ENOTFOUND (which the
  // collector once took for "service not offered").
  const oneRegionCollected = () =>
    [...(callsBefore ?? [])].some(([region, before]) => {
      const now = ec2Calls(region);
      return Object.keys(before).every((operation) => (now[operation] ?? 0) > (before[operation] ?? 0));
    });
  const lookup: LookupFunction = (hostname, options, callback) => {
    if (dnsFailedAt === Number.POSITIVE_INFINITY && oneRegionCollected()) {
      dnsFailedAt = Date.now();
      dns.failEverything('ENOTFOUND');
    }
    dns.lookup(hostname, options, callback);
  };
  harness = await InventoryHarness.start({
    endpointUrl: (sim) => sim.endpoint.replace('127.0.0.1', simHost),
    collector: { poolSize: 0, lookup },
    // One task at a time, so that some scopes are complete before DNS fails.
    config: { concurrency: { total: 1, perAccount: 1 } },
  });
  account = harness.sim.mainAccountId;
  expect((await harness.inventory.runner.run({ trigger: 'test' })).state).toBe('SUCCESS');

  for (const region of harness.sim.regions) {
    instancesBefore.set(region, await storedInstances(region));
    const [instance] = harness.sim.state.list('instance', { account, region });
    if (!instance) continue;
    harness.sim.state.remove('instance', { account, region }, instance.InstanceId);
    removedByRegion.set(region, instanceArn(region, instance.InstanceId));
  }
  callsBefore = new Map(harness.sim.regions.map((region) => [region, ec2Calls(region)]));
  job = await harness.inventory.runner.run({ trigger: 'test' });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

describe('a sync during which DNS starts failing (ENOTFOUND) after some scopes succeeded', () => {
  it('fails the scopes collected after the failure with NetworkError, and keeps the earlier ones', () => {
    expect(job.state).toBe('FAILURE');
    const regions = [...removedByRegion.keys()];
    expect(regions.filter(instanceScopeFailed).length).toBeGreaterThan(0);
    expect(regions.filter((region) => !instanceScopeFailed(region)).length).toBeGreaterThan(0);
    expect(
      job.tasks.filter((task) => task.type === 'CLOUD_SERVICE' && task.state === 'SUCCESS').length,
    ).toBeGreaterThan(0);
  });

  it('deletes nothing in the regions collected after DNS failed', async () => {
    const laterRegions = job.tasks
      .filter((task) => task.service === 'ec2' && Date.parse(task.startedAt ?? '') > dnsFailedAt)
      .map((task) => task.region);
    expect(laterRegions.length).toBeGreaterThan(0);
    for (const region of laterRegions) {
      expect(instanceScopeFailed(region)).toBe(true);
      expect(await harness.store.getResource(removedByRegion.get(region) ?? '')).toBeDefined();
      expect(await storedInstances(region)).toBe(instancesBefore.get(region));
    }
  });

  it('still cleans up the scopes that were collected before DNS failed, and only them', async () => {
    const refreshed = [...removedByRegion].filter(([region]) => !instanceScopeFailed(region));
    for (const [, uid] of refreshed) expect(await harness.store.getResource(uid)).toBeUndefined();
    const deleted = await harness.store.listChanges({ syncId: job.id, changes: ['deleted'] }, { limit: 1000 });
    expect(deleted.items.map((change) => change.uid)).toEqual(expect.arrayContaining(refreshed.map(([, uid]) => uid)));
    for (const change of deleted.items) expect(scopeFailed(change.kind, change.region)).toBe(false);
  });
});
