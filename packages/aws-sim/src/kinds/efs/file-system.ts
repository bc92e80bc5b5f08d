import type { FileSystemDescription } from '@aws-sdk/client-efs';
import { pick } from '../../world/hash.js';
import { arnOf } from '../../world/partition.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { availabilityZoneId } from '../ec2/network-layout.js';
import { awsManagedKeyIndex, kmsKeyArn, kmsKeyArnAt } from '../kms/key-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { uuidOf } from '../uuids.js';
import { efsChildCount } from './efs-layout.js';

type FileSystemFields =
  | 'OwnerId'
  | 'CreationToken'
  | 'FileSystemId'
  | 'FileSystemArn'
  | 'CreationTime'
  | 'LifeCycleState'
  | 'Name'
  | 'NumberOfMountTargets'
  | 'SizeInBytes'
  | 'PerformanceMode'
  | 'Encrypted'
  | 'ThroughputMode'
  | 'FileSystemProtection';

export type SimEfsFileSystem = Tagged<Filled<FileSystemDescription, FileSystemFields>>;

const SALT_FILE_SYSTEM = 51;

export function fileSystemArn(ctx: ScopeContext, fileSystemId: string): string {
  return ctx.arn('elasticfilesystem', `file-system/${fileSystemId}`);
}

/** One file system in six is One Zone; most are encrypted (a third with a customer managed key). */
export const efsFileSystemKind: KindSpec<'efsFileSystem', SimEfsFileSystem> = {
  kind: 'efsFileSystem',
  idField: 'FileSystemId',
  ids: { prefix: 'fs-' },
  counts: { tiny: 1, small: 2, medium: 10, large: 40 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_FILE_SYSTEM, index, 1);
    const id = ctx.id('efsFileSystem', index);
    const name = `${pick(['shared', 'home', 'media', 'build-cache', 'ml-data'], hash)}-${index}`;
    const created = ctx.date('2022-06-01T00:00:00Z', 700, hash);
    const standard = 6144 + (hash % 50_000_000_000);
    const infrequent = hash % 3 === 0 ? (hash >>> 4) % 10_000_000_000 : 0;
    const throughput = pick(['bursting', 'elastic', 'elastic', 'provisioned'] as const, hash >>> 7);
    const encrypted = hash % 5 !== 0;
    const record: SimEfsFileSystem = {
      OwnerId: ctx.accountId,
      CreationToken: `console-${uuidOf(ctx, SALT_FILE_SYSTEM, index)}`,
      FileSystemId: id,
      FileSystemArn: fileSystemArn(ctx, id),
      CreationTime: created,
      LifeCycleState: 'available',
      Name: name,
      NumberOfMountTargets: efsChildCount(ctx, index, ctx.counts.efsMountTarget),
      SizeInBytes: {
        Value: standard + infrequent,
        Timestamp: new Date(Date.UTC(2025, 0, 1) + (hash % 86_400) * 1000),
        ValueInStandard: standard,
        ValueInIA: infrequent,
        ValueInArchive: 0,
      },
      PerformanceMode: hash % 9 === 0 ? 'maxIO' : 'generalPurpose',
      Encrypted: encrypted,
      ThroughputMode: throughput,
      FileSystemProtection: { ReplicationOverwriteProtection: 'ENABLED' },
      Tags: [{ Key: 'Name', Value: name }, environmentTag(ctx, SALT_FILE_SYSTEM, index)],
    };
    if (encrypted) {
      // a customer managed key for one in three, else the account's AWS managed aws/elasticfilesystem key
      record.KmsKeyId =
        hash % 3 === 1 ? kmsKeyArn(ctx, hash >>> 9) : kmsKeyArnAt(ctx, awsManagedKeyIndex('elasticfilesystem'));
    }
    if (throughput === 'provisioned') record.ProvisionedThroughputInMibps = 64 * (1 + (hash % 8));
    if (index % 6 === 5) {
      const zone = (hash >>> 11) % ctx.availabilityZones.length;
      record.AvailabilityZoneName = ctx.availabilityZones[zone] as string;
      record.AvailabilityZoneId = availabilityZoneId(ctx.region, zone);
    }
    return record;
  },
  added(record, fields, scope) {
    if (fields.FileSystemId !== undefined && fields.FileSystemArn === undefined) {
      record.FileSystemArn = arnOf(
        'elasticfilesystem',
        scope.region,
        scope.account,
        `file-system/${record.FileSystemId}`,
      );
    }
  },
};
