import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  DescribeDBSubnetGroupsCommand,
  ListTagsForResourceCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let rds: RDSClient;
const scope = () => ({ account: sim.mainAccountId, region: 'us-east-1' });

beforeAll(async () => {
  sim = await startAwsSimulator({
    seed: 8,
    size: 'small',
    counts: { dbInstance: 45, dbSnapshot: 30, dbCluster: 4, dbClusterSnapshot: 45 },
  });
  rds = new RDSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials });
});

afterAll(async () => {
  rds.destroy();
  await sim.stop();
});

describe('RDS through the real SDK', () => {
  it('pages instances under Marker with MaxRecords, and refuses a page size outside 20 to 100', async () => {
    const first = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20 }));
    expect(first.DBInstances).toHaveLength(20);
    const second = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20, Marker: first.Marker }));
    const third = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20, Marker: second.Marker }));
    expect(third.DBInstances).toHaveLength(5);
    expect(third.Marker).toBeUndefined();
    expect(await failureOf(rds.send(new DescribeDBInstancesCommand({ MaxRecords: 10 })))).toEqual({
      name: 'InvalidParameterValue',
      status: 400,
    });
    expect(await failureOf(rds.send(new DescribeDBInstancesCommand({ MaxRecords: 101 })))).toMatchObject({
      name: 'InvalidParameterValue',
    });
  });

  it('describes one instance, cluster or subnet group by name or ARN, and answers the not-found fault otherwise', async () => {
    const [instance] = sim.state.list('dbInstance', scope());
    const byArn = await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: instance?.DBInstanceArn }));
    expect(byArn.DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual([instance?.DBInstanceIdentifier]);
    expect(byArn.DBInstances?.[0]?.TagList).toEqual(instance?.TagList);
    const missing = { DBInstanceIdentifier: 'nope' };
    expect(await failureOf(rds.send(new DescribeDBInstancesCommand(missing)))).toEqual({
      name: 'DBInstanceNotFoundFault',
      status: 404,
    });
    expect(await failureOf(rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'nope' })))).toMatchObject({
      name: 'DBClusterNotFoundFault',
      status: 404,
    });
    expect(await failureOf(rds.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: 'nope' })))).toMatchObject({
      name: 'DBSubnetGroupNotFoundFault',
      status: 404,
    });
  });

  it('lists manual and automated snapshots, or only the type asked for', async () => {
    const all = await rds.send(new DescribeDBSnapshotsCommand({}));
    const manual = await rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual' }));
    expect(all.DBSnapshots).toHaveLength(30);
    expect(manual.DBSnapshots?.length).toBe(20);
    expect(manual.DBSnapshots?.every((s) => s.SnapshotType === 'manual')).toBe(true);
    expect(
      all.DBSnapshots?.filter((s) => s.SnapshotType === 'automated').every((s) =>
        s.DBSnapshotIdentifier?.startsWith('rds:'),
      ),
    ).toBe(true);
  });

  it('pages cluster snapshots under Marker, manual and automated by default, or only the type asked for', async () => {
    const pages = [];
    let Marker: string | undefined;
    do {
      const page = await rds.send(new DescribeDBClusterSnapshotsCommand({ MaxRecords: 20, Marker }));
      pages.push(page.DBClusterSnapshots ?? []);
      Marker = page.Marker;
    } while (Marker);
    expect(pages.map((page) => page.length)).toEqual([20, 20, 5]);
    const all = pages.flat();
    expect(all.filter((s) => s.SnapshotType === 'automated')).toHaveLength(15);
    expect(
      all.filter((s) => s.SnapshotType === 'automated').every((s) => s.DBClusterSnapshotIdentifier?.startsWith('rds:')),
    ).toBe(true);
    const manual = await rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: 'manual' }));
    expect(manual.DBClusterSnapshots).toHaveLength(30);
    expect(manual.DBClusterSnapshots?.every((s) => s.SnapshotType === 'manual')).toBe(true);
    const clusters = new Set(sim.state.list('dbCluster', scope()).map((cluster) => cluster.DBClusterIdentifier));
    expect(all.every((s) => clusters.has(s.DBClusterIdentifier as string))).toBe(true);
    expect(await failureOf(rds.send(new DescribeDBClusterSnapshotsCommand({ MaxRecords: 101 })))).toMatchObject({
      name: 'InvalidParameterValue',
      status: 400,
    });
  });

  it("narrows cluster snapshots to one cluster's, or to one snapshot by name or ARN, else the not-found fault", async () => {
    const [cluster] = sim.state.list('dbCluster', scope());
    const ofCluster = await rds.send(
      new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: cluster?.DBClusterArn, SnapshotType: 'manual' }),
    );
    const expected = sim.state
      .list('dbClusterSnapshot', scope())
      .filter((s) => s.DBClusterIdentifier === cluster?.DBClusterIdentifier && s.SnapshotType === 'manual');
    expect(expected.length).toBeGreaterThan(0);
    expect(ofCluster.DBClusterSnapshots?.map((s) => s.DBClusterSnapshotIdentifier)).toEqual(
      expected.map((s) => s.DBClusterSnapshotIdentifier),
    );
    const [snapshot] = expected;
    const byArn = await rds.send(
      new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: snapshot?.DBClusterSnapshotArn }),
    );
    expect(byArn.DBClusterSnapshots).toHaveLength(1);
    expect(byArn.DBClusterSnapshots?.[0]).toMatchObject({
      DBClusterSnapshotIdentifier: snapshot?.DBClusterSnapshotIdentifier,
      StorageEncrypted: cluster?.StorageEncrypted,
      KmsKeyId: cluster?.KmsKeyId,
      TagList: snapshot?.TagList,
    });
    const tags = await rds.send(new ListTagsForResourceCommand({ ResourceName: snapshot?.DBClusterSnapshotArn }));
    expect(tags.TagList).toEqual(snapshot?.TagList);
    const missing = { DBClusterSnapshotIdentifier: 'nope' };
    expect(await failureOf(rds.send(new DescribeDBClusterSnapshotsCommand(missing)))).toEqual({
      name: 'DBClusterSnapshotNotFoundFault',
      status: 404,
    });
  });

  it('tags a subnet group by its ARN, and refuses an ARN of another region', async () => {
    const [group] = sim.state.list('dbSubnetGroup', scope());
    const tags = await rds.send(new ListTagsForResourceCommand({ ResourceName: group?.DBSubnetGroupArn }));
    expect(tags.TagList).toEqual(group?.Tags);
    const elsewhere = group?.DBSubnetGroupArn.replace('us-east-1', 'eu-west-1');
    expect(await failureOf(rds.send(new ListTagsForResourceCommand({ ResourceName: elsewhere })))).toMatchObject({
      name: 'InvalidParameterValue',
    });
  });
});
