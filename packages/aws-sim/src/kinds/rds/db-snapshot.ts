import type { DBSnapshot } from '@aws-sdk/client-rds';
import type { KindSpec } from '../kind-spec.js';
import { markedNames } from '../marked-names.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { dbInstanceKind } from './db-instance.js';
import { SALT_DB_SNAPSHOT, isAutomatedSnapshot, snapshotInstanceIndex } from './rds-layout.js';

type DbSnapshotFields =
  | 'DBSnapshotIdentifier'
  | 'DBSnapshotArn'
  | 'DBInstanceIdentifier'
  | 'SnapshotCreateTime'
  | 'SnapshotType'
  | 'Engine'
  | 'Status'
  | 'Encrypted'
  | 'TagList';

/** DescribeDBSnapshots' DBSnapshot: manual snapshots, and the automated ones RDS takes (`rds:` names). */
export type SimDbSnapshot = Filled<DBSnapshot, DbSnapshotFields> & { TagList: { Key: string; Value: string }[] };

/** Automated snapshots are named `rds:` and a name of their own. */
const SNAPSHOT_NAMES = markedNames(
  { name: 'dbSnapshotName', prefix: 'db-snapshot-' },
  { prefix: 'rds:' },
  isAutomatedSnapshot,
);

export const dbSnapshotKind: KindSpec<'dbSnapshot', SimDbSnapshot> = {
  kind: 'dbSnapshot',
  idField: 'DBSnapshotIdentifier',
  ids: SNAPSHOT_NAMES,
  counts: { tiny: 2, small: 6, medium: 60, large: 400 },
  // The automated ones come and go with the instance's backups: the inventory keeps the manual ones.
  isCurrent: (snapshot) => snapshot.SnapshotType === 'manual',
  generate(ctx, index) {
    const hash = ctx.hash(SALT_DB_SNAPSHOT, index, 1);
    const name = ctx.id('dbSnapshot', index);
    const instanceIndex = snapshotInstanceIndex(ctx, index) ?? 0;
    // The instance as generated; one the state API removed leaves its snapshots, as in AWS.
    const instance = dbInstanceKind.generate(ctx, instanceIndex);
    const automated = isAutomatedSnapshot(index);
    return {
      DBSnapshotIdentifier: name,
      DBSnapshotArn: ctx.arn('rds', `snapshot:${name}`),
      DBInstanceIdentifier: ctx.id('dbInstance', instanceIndex),
      SnapshotCreateTime: ctx.date('2024-01-01T00:00:00Z', 300, hash),
      Engine: instance.Engine,
      EngineVersion: instance.EngineVersion,
      AllocatedStorage: instance.AllocatedStorage ?? 20,
      Status: 'available',
      Port: instance.Endpoint.Port ?? 5432,
      AvailabilityZone: instance.AvailabilityZone,
      ...(instance.DBSubnetGroup?.VpcId ? { VpcId: instance.DBSubnetGroup.VpcId } : {}),
      InstanceCreateTime: instance.InstanceCreateTime,
      MasterUsername: 'dbadmin',
      LicenseModel: instance.LicenseModel ?? 'postgresql-license',
      SnapshotType: automated ? 'automated' : 'manual',
      OptionGroupName: `default:${instance.Engine}`,
      PercentProgress: 100,
      StorageType: instance.StorageType ?? 'gp3',
      Encrypted: instance.StorageEncrypted,
      ...(instance.KmsKeyId ? { KmsKeyId: instance.KmsKeyId } : {}),
      DbiResourceId: instance.DbiResourceId,
      IAMDatabaseAuthenticationEnabled: false,
      ProcessorFeatures: [],
      TagList: automated ? [] : [environmentTag(ctx, SALT_DB_SNAPSHOT, index)],
      SnapshotTarget: 'region',
      OriginalSnapshotCreateTime: ctx.date('2024-01-01T00:00:00Z', 300, hash),
      DedicatedLogVolume: false,
    };
  },
};
