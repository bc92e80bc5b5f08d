import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let job: SyncJobRecord;
let region: string;
let removedTrailUid: string;
let removedBucketUid: string;

beforeAll(async () => {
  harness = await InventoryHarness.start();
  expect((await harness.inventory.runner.run({ trigger: 'test' })).state).toBe('SUCCESS');
  const account = harness.sim.mainAccountId;
  region = harness.sim.regions[0] as string;
  const scope = { account, region };
  const state = harness.sim.state;

  // Gone from AWS while the same scope also holds an item that does not identify itself: the scope must fail and keep
  // what it held, since what was listed is not the whole truth.
  const trail = state.list('trail', scope)[0];
  const bucket = state.list('bucket', scope)[0];
  if (!trail || !bucket) throw new Error('the simulator has no trail or bucket in the region');
  state.remove('trail', scope, trail.Name);
  removedTrailUid = trail.TrailARN;
  state.remove('bucket', scope, bucket.Name);
  removedBucketUid = `arn:aws:s3:::${bucket.Name}`;
  state.add('trail', scope, { TrailARN: '' });
  state.add('bucket', scope, { Name: '' });

  job = await harness.inventory.runner.run({ trigger: 'test' });
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

describe('a sync that meets a trail without an ARN and a bucket without a name', () => {
  it('fails the scopes of those kinds with MappingError', () => {
    expect(job.state).toBe('FAILURE');
    const trailTask = job.tasks.find((task) => task.service === 'cloudtrail' && task.region === region);
    expect(trailTask?.state).toBe('FAILURE');
    expect(trailTask?.error).toContain('aws_cloudtrail_trail: MappingError');
    const bucketTask = job.tasks.find((task) => task.service === 's3');
    expect(bucketTask?.state).toBe('FAILURE');
    expect(bucketTask?.error).toContain('aws_s3_bucket: MappingError');
  });

  it('deletes nothing of the failed scopes and stores no resource with an empty uid', async () => {
    expect(await harness.store.getResource(removedTrailUid)).toBeDefined();
    expect(await harness.store.getResource(removedBucketUid)).toBeDefined();
    const stored = await harness.store.listResources(
      { kinds: ['aws_cloudtrail_trail', 'aws_s3_bucket'] },
      { limit: 1000 },
    );
    for (const resource of stored.items) {
      expect(resource.uid).not.toMatch(/(^|[:/])$/);
      expect(resource.id).not.toBe('');
    }
  });

  it('still collects the other kinds and regions', () => {
    expect(job.tasks.filter((task) => task.state === 'SUCCESS').length).toBeGreaterThan(3);
    expect(job.counts.unchanged).toBeGreaterThan(10);
  });
});
