import type { DBCluster } from '@aws-sdk/client-rds';
import { pick } from '../../world/hash.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { clusterEngine, INSTANCE_CLASSES } from './db-engines.js';
import {
  SALT_DB_CLUSTER,
  clusterMemberIndexes,
  clusterSubnetGroupIndex,
  dbSecurityGroupId,
  rdsEndpointSuffix,
} from './rds-layout.js';

type DbClusterFields =
  | 'DBClusterIdentifier'
  | 'DBClusterArn'
  | 'DbClusterResourceId'
  | 'Engine'
  | 'EngineVersion'
  | 'EngineMode'
  | 'Status'
  | 'Endpoint'
  | 'ReaderEndpoint'
  | 'Port'
  | 'MultiAZ'
  | 'AvailabilityZones'
  | 'DBClusterMembers'
  | 'VpcSecurityGroups'
  | 'StorageEncrypted'
  | 'ClusterCreateTime'
  | 'TagList';

/** DescribeDBClusters' DBCluster (Aurora), tags inline in TagList. */
export type SimDbCluster = Filled<DBCluster, DbClusterFields> & { TagList: { Key: string; Value: string }[] };

export const dbClusterKind: KindSpec<'dbCluster', SimDbCluster> = {
  kind: 'dbCluster',
  idField: 'DBClusterIdentifier',
  ids: { prefix: 'aurora-' },
  counts: { tiny: 1, small: 1, medium: 8, large: 40 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_DB_CLUSTER, index, 1);
    const name = ctx.id('dbCluster', index);
    const engine = clusterEngine(hash);
    const subnetGroup = clusterSubnetGroupIndex(ctx, index);
    const securityGroup = subnetGroup === undefined ? undefined : dbSecurityGroupId(ctx, subnetGroup, hash >>> 4);
    const encrypted = hash % 4 !== 0;
    const created = ctx.date('2022-06-01T00:00:00Z', 700, ctx.hash(SALT_DB_CLUSTER, index, 2));
    return {
      DBClusterIdentifier: name,
      DBClusterArn: ctx.arn('rds', `cluster:${name}`),
      DbClusterResourceId: `cluster-${ctx.id({ name: 'dbClusterResource', prefix: '' }, index).toUpperCase()}`,
      Engine: engine.engine,
      EngineVersion: engine.version,
      EngineMode: 'provisioned',
      Status: 'available',
      Endpoint: `${name}.cluster-${rdsEndpointSuffix(ctx)}`,
      ReaderEndpoint: `${name}.cluster-ro-${rdsEndpointSuffix(ctx)}`,
      CustomEndpoints: [],
      Port: engine.port,
      MasterUsername: 'dbadmin',
      DatabaseName: `app${index}`,
      MultiAZ: clusterMemberIndexes(ctx, index).length > 1,
      AvailabilityZones: ctx.availabilityZones,
      AllocatedStorage: 1,
      BackupRetentionPeriod: 7,
      PreferredBackupWindow: '03:00-03:30',
      PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
      DBClusterParameterGroup: `default.${engine.engine}${engine.version.split('.')[0]}`,
      ...(subnetGroup === undefined ? {} : { DBSubnetGroup: ctx.id('dbSubnetGroup', subnetGroup) }),
      DBClusterOptionGroupMemberships: [],
      ReadReplicaIdentifiers: [],
      DBClusterMembers: clusterMemberIndexes(ctx, index).map((member, position) => ({
        DBInstanceIdentifier: ctx.id('dbInstance', member),
        IsClusterWriter: position === 0,
        DBClusterParameterGroupStatus: 'in-sync',
        PromotionTier: 1,
      })),
      VpcSecurityGroups: securityGroup ? [{ VpcSecurityGroupId: securityGroup, Status: 'active' }] : [],
      HostedZoneId: 'Z2R2ITUGPM61AM',
      StorageEncrypted: encrypted,
      ...(encrypted ? { KmsKeyId: kmsKeyArn(ctx, hash >>> 8) } : {}),
      AssociatedRoles: [],
      IAMDatabaseAuthenticationEnabled: hash % 3 === 0,
      ClusterCreateTime: created,
      EarliestRestorableTime: created,
      LatestRestorableTime: created,
      EnabledCloudwatchLogsExports: engine.logs.slice(0, 1 + (hash % engine.logs.length)),
      StorageType: 'aurora',
      DBClusterInstanceClass: pick(INSTANCE_CLASSES, hash >>> 12),
      DeletionProtection: hash % 2 === 0,
      HttpEndpointEnabled: false,
      CopyTagsToSnapshot: true,
      CrossAccountClone: false,
      DomainMemberships: [],
      AutoMinorVersionUpgrade: true,
      NetworkType: 'IPV4',
      TagList: [environmentTag(ctx, SALT_DB_CLUSTER, index)],
    };
  },
};
