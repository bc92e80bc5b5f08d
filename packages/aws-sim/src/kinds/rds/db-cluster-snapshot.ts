import type { DBClusterSnapshot } from '@aws-sdk/client-rds';
import type { KindSpec } from '../kind-spec.js';
import { markedNames } from '../marked-names.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { dbClusterKind } from './db-cluster.js';
import { dbSubnetGroupAt } from './db-subnet-group.js';
import {
  SALT_DB_CLUSTER_SNAPSHOT,
  clusterSnapshotClusterIndex,
  clusterSubnetGroupIndex,
  isAutomatedSnapshot,
} from './rds-layout.js';

type DbClusterSnapshotFields =
  | 'DBClusterSnapshotIdentifier'
  | 'DBClusterSnapshotArn'
  | 'DBClusterIdentifier'
  | 'SnapshotCreateTime'
  | 'SnapshotType'
  | 'Engine'
  | 'Status'
  | 'StorageEncrypted'
  | 'TagList';

/** DescribeDBClusterSnapshots' DBClusterSnapshot (Aurora): manual ones, and the automated ones RDS takes (`rds:`). */
export type SimDbClusterSnapshot = Filled<DBClusterSnapshot, DbClusterSnapshotFields> & {
  TagList: { Key: string; Value: string }[];
};

const SNAPSHOT_NAMES = markedNames(
  { name: 'dbClusterSnapshotName', prefix: 'cluster-snapshot-' },
  { prefix: 'rds:' },
  isAutomatedSnapshot,
);

export const dbClusterSnapshotKind: KindSpec<'dbClusterSnapshot', SimDbClusterSnapshot> = {
  kind: 'dbClusterSnapshot',
  idField: 'DBClusterSnapshotIdentifier',
  ids: SNAPSHOT_NAMES,
  counts: { tiny: 2, small: 3, medium: 16, large: 80 },
  needs: ['dbCluster'],
  // As with instance snapshots, the automated ones come and go with the cluster's backups.
  isCurrent: (snapshot) => snapshot.SnapshotType === 'manual',
  generate(ctx, index) {
    const hash = ctx.hash(SALT_DB_CLUSTER_SNAPSHOT, index, 1);
    const name = ctx.id('dbClusterSnapshot', index);
    const clusterIndex = clusterSnapshotClusterIndex(ctx, index);
    // The cluster as generated; one the state API removed leaves its manual snapshots, as in AWS.
    const cluster = dbClusterKind.generate(ctx, clusterIndex);
    const subnetGroup = clusterSubnetGroupIndex(ctx, clusterIndex);
    const automated = isAutomatedSnapshot(index);
    const created = ctx.date('2024-01-01T00:00:00Z', 300, hash);
    return {
      AvailabilityZones: cluster.AvailabilityZones,
      DBClusterSnapshotIdentifier: name,
      DBClusterIdentifier: cluster.DBClusterIdentifier,
      SnapshotCreateTime: created,
      Engine: cluster.Engine,
      EngineMode: cluster.EngineMode,
      AllocatedStorage: cluster.AllocatedStorage ?? 1,
      Status: 'available',
      Port: 0,
      ...(subnetGroup === undefined ? {} : { VpcId: dbSubnetGroupAt(ctx, subnetGroup).VpcId }),
      ClusterCreateTime: cluster.ClusterCreateTime,
      MasterUsername: cluster.MasterUsername ?? 'dbadmin',
      EngineVersion: cluster.EngineVersion,
      LicenseModel: cluster.Engine === 'aurora-mysql' ? 'aurora-mysql' : 'postgresql-license',
      SnapshotType: automated ? 'automated' : 'manual',
      PercentProgress: 100,
      StorageEncrypted: cluster.StorageEncrypted,
      ...(cluster.KmsKeyId ? { KmsKeyId: cluster.KmsKeyId } : {}),
      DBClusterSnapshotArn: ctx.arn('rds', `cluster-snapshot:${name}`),
      IAMDatabaseAuthenticationEnabled: cluster.IAMDatabaseAuthenticationEnabled ?? false,
      // An automated snapshot has its cluster's tags (CopyTagsToSnapshot); a manual one those it was taken with.
      TagList: automated ? [...cluster.TagList] : [environmentTag(ctx, SALT_DB_CLUSTER_SNAPSHOT, index)],
      StorageType: cluster.StorageType ?? 'aurora',
      DbClusterResourceId: cluster.DbClusterResourceId,
    };
  },
};
