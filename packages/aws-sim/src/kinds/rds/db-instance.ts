import type { DBInstance } from '@aws-sdk/client-rds';
import { pick } from '../../world/hash.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { clusterEngine, INSTANCE_CLASSES, INSTANCE_ENGINES } from './db-engines.js';
import { dbSubnetGroupAt } from './db-subnet-group.js';
import {
  SALT_DB_CLUSTER,
  SALT_DB_INSTANCE,
  dbSecurityGroupId,
  instanceClusterIndex,
  instanceSubnetGroupIndex,
  rdsEndpointSuffix,
  readReplicaIndexes,
  readReplicaSourceIndex,
} from './rds-layout.js';

type DbInstanceFields =
  | 'DBInstanceIdentifier'
  | 'DBInstanceArn'
  | 'DbiResourceId'
  | 'DBInstanceClass'
  | 'Engine'
  | 'EngineVersion'
  | 'DBInstanceStatus'
  | 'Endpoint'
  | 'InstanceCreateTime'
  | 'AvailabilityZone'
  | 'MultiAZ'
  | 'VpcSecurityGroups'
  | 'PubliclyAccessible'
  | 'StorageEncrypted'
  | 'TagList';

/** DescribeDBInstances' DBInstance, tags inline in TagList. */
export type SimDbInstance = Filled<DBInstance, DbInstanceFields> & { TagList: { Key: string; Value: string }[] };

export const dbInstanceKind: KindSpec<'dbInstance', SimDbInstance> = {
  kind: 'dbInstance',
  idField: 'DBInstanceIdentifier',
  ids: { prefix: 'database-' },
  counts: { tiny: 2, small: 4, medium: 40, large: 300 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_DB_INSTANCE, index, 1);
    const name = ctx.id('dbInstance', index);
    const cluster = instanceClusterIndex(ctx, index);
    const source = readReplicaSourceIndex(ctx, index);
    const engine =
      cluster === undefined
        ? pick(INSTANCE_ENGINES, ctx.hash(SALT_DB_INSTANCE, source ?? index, 1))
        : clusterEngine(ctx.hash(SALT_DB_CLUSTER, cluster, 1));
    const subnetGroup = instanceSubnetGroupIndex(ctx, index);
    const securityGroup = subnetGroup === undefined ? undefined : dbSecurityGroupId(ctx, subnetGroup, hash >>> 4);
    const encrypted = hash % 4 !== 0;
    const storage = cluster === undefined ? 20 + (hash % 480) : 1;
    const zone = pick(ctx.availabilityZones, hash >>> 16);
    return {
      DBInstanceIdentifier: name,
      DBInstanceArn: ctx.arn('rds', `db:${name}`),
      DbiResourceId: `db-${ctx.id({ name: 'dbInstanceResource', prefix: '' }, index).toUpperCase()}`,
      DBInstanceClass: pick(INSTANCE_CLASSES, hash >>> 12),
      Engine: engine.engine,
      EngineVersion: engine.version,
      DBInstanceStatus: 'available',
      MasterUsername: 'dbadmin',
      Endpoint: { Address: `${name}.${rdsEndpointSuffix(ctx)}`, Port: engine.port, HostedZoneId: 'Z2R2ITUGPM61AM' },
      AllocatedStorage: storage,
      InstanceCreateTime: ctx.date('2022-06-01T00:00:00Z', 700, ctx.hash(SALT_DB_INSTANCE, index, 2)),
      PreferredBackupWindow: '03:00-03:30',
      BackupRetentionPeriod: source === undefined ? 7 : 0,
      DBSecurityGroups: [],
      VpcSecurityGroups: securityGroup ? [{ VpcSecurityGroupId: securityGroup, Status: 'active' }] : [],
      DBParameterGroups: [{ DBParameterGroupName: `default.${engine.engine}`, ParameterApplyStatus: 'in-sync' }],
      AvailabilityZone: zone,
      ...(subnetGroup === undefined ? {} : { DBSubnetGroup: dbSubnetGroupAt(ctx, subnetGroup) }),
      PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
      PendingModifiedValues: {},
      MultiAZ: cluster === undefined && hash % 5 === 0,
      AutoMinorVersionUpgrade: true,
      ...(source === undefined ? {} : { ReadReplicaSourceDBInstanceIdentifier: ctx.id('dbInstance', source) }),
      ReadReplicaDBInstanceIdentifiers: readReplicaIndexes(ctx, index).map((replica) => ctx.id('dbInstance', replica)),
      ReadReplicaDBClusterIdentifiers: [],
      LicenseModel: engine.license,
      OptionGroupMemberships: [{ OptionGroupName: `default:${engine.engine}`, Status: 'in-sync' }],
      PubliclyAccessible: hash % 9 === 0,
      StorageType: cluster === undefined ? 'gp3' : 'aurora',
      DbInstancePort: 0,
      ...(cluster === undefined ? {} : { DBClusterIdentifier: ctx.id('dbCluster', cluster) }),
      StorageEncrypted: encrypted,
      ...(encrypted ? { KmsKeyId: kmsKeyArn(ctx, hash >>> 8) } : {}),
      CACertificateIdentifier: 'rds-ca-rsa2048-g1',
      DomainMemberships: [],
      CopyTagsToSnapshot: true,
      MonitoringInterval: 0,
      PromotionTier: 1,
      IAMDatabaseAuthenticationEnabled: hash % 3 === 0,
      PerformanceInsightsEnabled: hash % 2 === 0,
      EnabledCloudwatchLogsExports: engine.logs.slice(0, 1),
      DeletionProtection: hash % 2 === 0,
      AssociatedRoles: [],
      TagList: [{ Key: 'Name', Value: `db-${index}` }, environmentTag(ctx, SALT_DB_INSTANCE, index)],
      CustomerOwnedIpEnabled: false,
      NetworkType: 'IPV4',
      BackupTarget: 'region',
      CertificateDetails: { CAIdentifier: 'rds-ca-rsa2048-g1', ValidTill: new Date('2061-01-01T00:00:00Z') },
      DedicatedLogVolume: false,
      IsStorageConfigUpgradeAvailable: false,
      EngineLifecycleSupport: 'open-source-rds-extended-support',
    };
  },
};
