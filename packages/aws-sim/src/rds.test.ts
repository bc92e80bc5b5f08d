import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
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
  sim = await startAwsSimulator({ seed: 8, size: 'small', counts: { dbInstance: 45, dbSnapshot: 30 } });
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
