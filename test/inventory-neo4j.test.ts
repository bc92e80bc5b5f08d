import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChangeRecord, SyncJobRecord } from '@cloud-inventory/graph-store';
import { emptyNeo4jDatabase, holdNeo4jDatabase } from '@cloud-inventory/graph-store/testing';
import { expectedGraph } from './support/expected-graph.js';
import { InventoryHarness } from './support/inventory-harness.js';

/**
 * The same whole sync and sync-with-changes, against the real Neo4j the store's tests use (the jest global set-up
 * exports it as NEO4J_TEST_URI; NEO4J_URI also works). Without one the file skips, except under CI.
 */
const uri = process.env.NEO4J_TEST_URI ?? process.env.NEO4J_URI;
const connection = uri
  ? {
      uri,
      user: process.env.NEO4J_TEST_USER ?? process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? process.env.NEO4J_PASSWORD ?? '',
    }
  : undefined;
if (!connection && process.env.CI === 'true') {
  throw new Error(
    `CI requires Neo4j for the inventory tests: ${process.env.NEO4J_TEST_UNAVAILABLE ?? 'no NEO4J_TEST_URI'}`,
  );
}
if (!connection) {
  process.stderr.write(
    `\n!! inventory Neo4j tests SKIPPED: ${process.env.NEO4J_TEST_UNAVAILABLE ?? 'no NEO4J_TEST_URI or NEO4J_URI'}\n`,
  );
}
const maybe = connection ? describe : describe.skip;

let harness: InventoryHarness;
let first: SyncJobRecord;
let second: SyncJobRecord;
const changes: ChangeRecord[] = [];
let removedUid = '';
let changedVolumeUid = '';

const waitForDatabaseMs = 600_000;
let releaseDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (!connection) return;
  // the store's contract test, in another Jest worker, empties the same database: one file at a time
  releaseDatabase = await holdNeo4jDatabase(connection.uri, waitForDatabaseMs);
  // The test database is shared with the store's own tests, which leave data behind: start from empty.
  await emptyNeo4jDatabase(connection);
  harness = await InventoryHarness.start({ store: { kind: 'neo4j', ...connection }, sim: { seed: 23 } });
  first = await harness.inventory.runner.run({ trigger: 'test' });

  const account = harness.sim.mainAccountId;
  const region = harness.sim.regions[0] as string;
  const scope = { account, region };
  const instance = harness.sim.state.list('instance', scope)[0];
  // A volume the removed instance does not take with it when it terminates.
  const volume = harness.sim.state
    .list('volume', scope)
    .find((candidate) => !candidate.Attachments.some((attachment) => attachment.InstanceId === instance?.InstanceId));
  if (!volume || !instance) throw new Error('the simulator has no volume or instance');
  harness.sim.state.update('volume', scope, volume.VolumeId, {
    Tags: [...volume.Tags, { Key: 'CostCenter', Value: '42' }],
  });
  changedVolumeUid = `arn:aws:ec2:${region}:${account}:volume/${volume.VolumeId}`;
  harness.sim.state.remove('instance', scope, instance.InstanceId);
  removedUid = `arn:aws:ec2:${region}:${account}:instance/${instance.InstanceId}`;
  harness.sim.state.add('bucket', scope, {});

  for (const name of ['resource.created', 'resource.updated', 'resource.deleted'] as const) {
    harness.inventory.events.on(name, (event) => changes.push(event.change));
  }
  second = await harness.inventory.runner.run({ trigger: 'test' });
}, waitForDatabaseMs + 240_000);

afterAll(async () => {
  await harness?.stop();
  await releaseDatabase?.();
});

async function assertGraphMatchesSimulator(): Promise<void> {
  const account = harness.sim.mainAccountId;
  const rows = await harness.store.aggregate({
    filter: { accounts: [account] },
    groupBy: ['kind'],
    value: { op: 'count' },
  });
  const expected = await expectedGraph(harness, account);
  expect(Object.fromEntries(rows.map((row) => [row.group.kind ?? '', row.value]))).toMatchObject(expected.kinds);
  for (const [type, count] of Object.entries(expected.edges)) {
    expect([type, await harness.store.countEdges({ types: [type] })]).toEqual([type, count]);
  }
}

maybe('the inventory on Neo4j', () => {
  it('builds the whole graph on a first sync', async () => {
    // The failed tasks, if any, say why.
    expect({ state: first.state, failed: first.tasks.filter((task) => task.state !== 'SUCCESS') }).toEqual({
      state: 'SUCCESS',
      failed: [],
    });
    expect(first.counts.created).toBeGreaterThan(0);
    const stored = await harness.client.call('GetJob', { job_id: first.id });
    expect(stored.state).toBe('SUCCESS');
  });

  it('applies additions, changes and removals on a second sync, with the right change events', async () => {
    expect(second.state).toBe('SUCCESS');
    expect(changes.find((change) => change.uid === removedUid)?.change).toBe('deleted');
    expect(changes.find((change) => change.uid === changedVolumeUid)?.changedFields).toContain('tags.CostCenter');
    expect(changes.some((change) => change.change === 'created' && change.kind === 'aws_s3_bucket')).toBe(true);
    expect(await harness.store.getResource(removedUid)).toBeUndefined();
    await assertGraphMatchesSimulator();
  });

  it('answers searches through the API: families from the catalogue the sync stored, and the change log', async () => {
    const counted = await harness.client.call('Search', { text: 'is(load_balancer) | count by kind' });
    const stored = await harness.store.aggregate({
      filter: { kinds: ['aws_elb_load_balancer', 'aws_elbv2_load_balancer'] },
      groupBy: ['kind'],
      value: { op: 'count' },
    });
    expect(counted.rows.map((row) => [row.group[0]?.value, row.value])).toEqual(
      stored.map((row) => [row.group.kind, row.value]).sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    expect(counted.rows).toHaveLength(2);
    const deleted = await harness.client.call('Search', {
      text: `changes where uid = ${JSON.stringify(removedUid)} and change = "deleted"`,
    });
    expect(deleted.changes.map((change) => [change.uid, change.change, change.sync_id])).toEqual([
      [removedUid, 'DELETED', second.id],
    ]);
  });
});
