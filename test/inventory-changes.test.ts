import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChangeRecord, SyncJobRecord } from '@cloud-inventory/graph-store';
import { expectedGraph } from './support/expected-graph.js';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let second: SyncJobRecord;
const events: { name: string; change: ChangeRecord }[] = [];
let added: { uid: string; subnetUid: string };
let removedUid: string;
let changedVolumeUid: string;

beforeAll(async () => {
  harness = await InventoryHarness.start();
  const first = await harness.inventory.runner.run({ trigger: 'test' });
  expect(first.state).toBe('SUCCESS');

  const account = harness.sim.mainAccountId;
  const region = harness.sim.regions[0] as string;
  const scope = { account, region };
  const arn = (type: string, id: string) => `arn:aws:ec2:${region}:${account}:${type}/${id}`;

  const template = harness.sim.state.list('instance', scope)[0];
  if (!template?.SubnetId) throw new Error('the simulator has no instance in a subnet');
  const instance = harness.sim.state.add('instance', scope, {
    SubnetId: template.SubnetId,
    VpcId: template.VpcId,
    ImageId: template.ImageId,
    SecurityGroups: template.SecurityGroups,
    BlockDeviceMappings: [],
    Tags: [{ Key: 'Name', Value: 'added-between-syncs' }],
  });
  added = { uid: arn('instance', instance.InstanceId), subnetUid: arn('subnet', template.SubnetId) };

  const volume =
    harness.sim.state.list('volume', scope).find((candidate) => candidate.Attachments.length === 0) ??
    harness.sim.state.list('volume', scope)[0];
  if (!volume) throw new Error('the simulator has no volume');
  harness.sim.state.update('volume', scope, volume.VolumeId, {
    Tags: [...volume.Tags, { Key: 'Owner', Value: 'platform-team' }],
  });
  changedVolumeUid = arn('volume', volume.VolumeId);

  const doomed = harness.sim.state
    .list('instance', scope)
    .find((candidate) => candidate.InstanceId !== instance.InstanceId);
  if (!doomed) throw new Error('no instance to remove');
  harness.sim.state.remove('instance', scope, doomed.InstanceId);
  removedUid = arn('instance', doomed.InstanceId);

  for (const name of ['resource.created', 'resource.updated', 'resource.deleted'] as const) {
    harness.inventory.events.on(name, (event) => events.push({ name, change: event.change }));
  }
  second = await harness.inventory.runner.run({ trigger: 'test' });
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

const uidsOf = (name: string) => events.filter((event) => event.name === name).map((event) => event.change.uid);

describe('a second sync after resources were added, changed and removed', () => {
  it('succeeds and counts what changed', () => {
    expect(second.state).toBe('SUCCESS');
    expect(second.counts.created).toBeGreaterThanOrEqual(1);
    expect(second.counts.updated).toBeGreaterThanOrEqual(1);
    expect(second.counts.deleted).toBeGreaterThanOrEqual(1);
    expect(second.counts.unchanged).toBeGreaterThan(10);
  });

  it('emits a created event for the added instance and puts it in its subnet', async () => {
    expect(uidsOf('resource.created')).toContain(added.uid);
    const around = await harness.client.call('GetNeighbors', {
      uid: added.uid,
      direction: 'OUT',
      edge_types: ['in_subnet'],
    });
    expect(around.resources.map((resource) => resource.uid)).toEqual([added.subnetUid]);
    expect((await harness.client.call('GetResource', { uid: added.uid })).name).toBe('added-between-syncs');
  });

  it('emits an updated event naming the changed tag', () => {
    const update = events.find((event) => event.name === 'resource.updated' && event.change.uid === changedVolumeUid);
    expect(update?.change.changedFields).toContain('tags.Owner');
  });

  it('emits a deleted event for the removed instance and removes it and its edges from the graph', async () => {
    expect(uidsOf('resource.deleted')).toContain(removedUid);
    expect(await harness.store.getResource(removedUid)).toBeUndefined();
    const subnetNeighbors = await harness.client.call('GetNeighbors', { uid: added.subnetUid, direction: 'IN' });
    expect(subnetNeighbors.edges.map((edge) => edge.from)).not.toContain(removedUid);
  });

  it('lists the same changes through the API as the events announced', async () => {
    const listed = await harness.client.call('ListChanges', { sync_id: second.id, page_size: 1000 });
    const apiKeys = listed.changes.map((change) => `${change.change.toLowerCase()} ${change.uid}`).sort();
    const eventKeys = events.map((event) => `${event.change.change} ${event.change.uid}`).sort();
    expect(apiKeys).toEqual(eventKeys);
  });

  it('leaves the graph equal to the simulator', async () => {
    const account = harness.sim.mainAccountId;
    const rows = await harness.store.aggregate({
      filter: { accounts: [account] },
      groupBy: ['kind'],
      value: { op: 'count' },
    });
    const stored = Object.fromEntries(rows.map((row) => [row.group.kind ?? '', row.value]));
    const expected = await expectedGraph(harness, account);
    expect(stored).toMatchObject(expected.kinds);
    for (const [type, count] of Object.entries(expected.edges)) {
      expect([type, await harness.store.countEdges({ types: [type] })]).toEqual([type, count]);
    }
  });
});
