import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let job: SyncJobRecord;
let account: string;
let throttledRegion: string;
let deniedRegion: string;
const removed: Record<string, string> = {};

const instanceArn = (region: string, id: string) => `arn:aws:ec2:${region}:${account}:instance/${id}`;
const volumeArn = (region: string, id: string) => `arn:aws:ec2:${region}:${account}:volume/${id}`;

beforeAll(async () => {
  harness = await InventoryHarness.start();
  account = harness.sim.mainAccountId;
  [, throttledRegion = '', deniedRegion = ''] = harness.sim.regions;
  expect((await harness.inventory.runner.run({ trigger: 'test' })).state).toBe('SUCCESS');

  const state = harness.sim.state;
  const firstOf = <T>(items: T[]): T => {
    if (items[0] === undefined) throw new Error('the simulator has nothing to remove');
    return items[0];
  };
  // Removed where collection will fail: these must survive the sync.
  const throttledInstance = firstOf(state.list('instance', { account, region: throttledRegion }));
  state.remove('instance', { account, region: throttledRegion }, throttledInstance.InstanceId);
  removed.throttledInstance = instanceArn(throttledRegion, throttledInstance.InstanceId);
  const deniedVolume = firstOf(
    state.list('volume', { account, region: deniedRegion }).filter((v) => v.Attachments.length === 0),
  );
  state.remove('volume', { account, region: deniedRegion }, deniedVolume.VolumeId);
  removed.deniedVolume = volumeArn(deniedRegion, deniedVolume.VolumeId);
  // Removed where collection works: these must go.
  const refreshedInstance = firstOf(state.list('instance', { account, region: deniedRegion }));
  state.remove('instance', { account, region: deniedRegion }, refreshedInstance.InstanceId);
  removed.refreshedInstance = instanceArn(deniedRegion, refreshedInstance.InstanceId);

  harness.sim.faults.throttle({ ratePerSecond: 0, burst: 0 }, { region: throttledRegion, service: 'ec2' });
  harness.sim.faults.deny({ region: deniedRegion, service: 'ec2', operation: 'DescribeVolumes' });
  job = await harness.inventory.runner.run({ trigger: 'test' });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

describe('a sync where one region is throttled past retries and one kind is denied', () => {
  it('fails, naming the failed tasks and their AWS error codes', () => {
    expect(job.state).toBe('FAILURE');
    const failed = job.tasks.filter((task) => task.state === 'FAILURE');
    expect(
      failed.some((task) => task.region === throttledRegion && /Throttl|RequestLimitExceeded/.test(task.error ?? '')),
    ).toBe(true);
    expect(
      failed.some((task) => task.region === deniedRegion && /aws_ec2_volume: AccessDenied/.test(task.error ?? '')),
    ).toBe(true);
    expect(job.tasks.filter((task) => task.state === 'SUCCESS').length).toBeGreaterThan(0);
    expect(job.error).toMatch(/tasks failed; their scopes were kept/);
  });

  it('keeps the resources of the throttled region and of the denied kind', async () => {
    expect(await harness.store.getResource(removed.throttledInstance as string)).toBeDefined();
    expect(await harness.store.getResource(removed.deniedVolume as string)).toBeDefined();
  });

  it('refreshes the scopes that were collected completely', async () => {
    expect(await harness.store.getResource(removed.refreshedInstance as string)).toBeUndefined();
    expect(job.counts.deleted).toBeGreaterThanOrEqual(1);
    const instances = await harness.store.listResources(
      { kinds: ['aws_ec2_instance'], regions: [deniedRegion] },
      { limit: 1000 },
    );
    expect(instances.items.every((instance) => instance.lastSyncId === job.id)).toBe(true);
  });

  it('counts the AWS errors and throttles in the metrics', async () => {
    const text = await harness.inventory.metrics.registry.metrics();
    expect(text).toMatch(new RegExp(`inventory_aws_throttles_total\\{[^}]*region="${throttledRegion}"[^}]*\\} [1-9]`));
    expect(text).toMatch(
      new RegExp(`inventory_aws_errors_total\\{[^}]*region="${deniedRegion}"[^}]*code="AccessDenied"[^}]*\\} 1`),
    );
    expect(text).toMatch(/inventory_sync_duration_seconds_count\{state="FAILURE"\} 1/);
    expect(text).toMatch(/inventory_sync_tasks_total\{state="FAILURE",type="CLOUD_SERVICE"\} [1-9]/);
    expect(text).toMatch(/inventory_resources\{kind="aws_ec2_instance",account="\d{12}",region="[a-z0-9-]+"\} [1-9]/);
  });
});
