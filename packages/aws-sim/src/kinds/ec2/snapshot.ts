import type { Snapshot } from '@aws-sdk/client-ec2';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { volumeSize } from './compute-layout.js';
import { serviceKeyArn } from '../kms/key-layout.js';

type SnapshotFields =
  | 'SnapshotId'
  | 'VolumeId'
  | 'VolumeSize'
  | 'State'
  | 'StartTime'
  | 'Progress'
  | 'OwnerId'
  | 'Description'
  | 'Encrypted'
  | 'StorageTier';

export type SimSnapshot = Tagged<Filled<Snapshot, SnapshotFields>>;

const SALT_SNAPSHOT = 23;

export const snapshotKind: KindSpec<'snapshot', SimSnapshot> = {
  kind: 'snapshot',
  idField: 'SnapshotId',
  ids: { prefix: 'snap-' },
  counts: { tiny: 2, small: 10, medium: 150, large: 2000 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_SNAPSHOT, index, 1);
    const volumeIndex = ctx.counts.volume > 0 ? index % ctx.counts.volume : undefined;
    const encrypted = hash % 2 === 0;
    const size = volumeIndex === undefined ? 8 : volumeSize(ctx, volumeIndex);
    const startTime = ctx.date('2024-06-01T00:00:00Z', 300, hash);
    return {
      SnapshotId: ctx.id('snapshot', index),
      // AWS shows vol-ffffffff for snapshots whose source volume is unknown (e.g. copies).
      VolumeId: volumeIndex === undefined ? 'vol-ffffffff' : ctx.id('volume', volumeIndex),
      VolumeSize: size,
      State: 'completed',
      StartTime: startTime,
      CompletionTime: new Date(startTime.getTime() + (hash % 3600) * 1000),
      Progress: '100%',
      OwnerId: ctx.accountId,
      Description: `backup ${index}`,
      Encrypted: encrypted,
      ...(encrypted ? { KmsKeyId: serviceKeyArn(ctx, 'ebs', hash >>> 3) } : {}),
      StorageTier: 'standard',
      FullSnapshotSizeInBytes: Math.floor(size * 2 ** 30 * (0.05 + (hash % 60) / 100)),
      Tags: hash % 3 === 0 ? [] : [{ Key: 'Name', Value: `snapshot-${index}` }],
    };
  },
  describe: {
    operation: 'DescribeSnapshots',
    items: 'Snapshots',
    ids: { member: 'SnapshotIds', notFoundCode: 'InvalidSnapshot.NotFound', notFoundNoun: 'snapshot' },
    pageLimits: { min: 5, max: 1000, aboveMax: 'clamp' },
    filters: fieldFilters(
      ['SnapshotId', 'VolumeId', 'OwnerId', 'Encrypted', 'Description', 'VolumeSize', 'StorageTier'],
      { status: 'State' },
    ),
    selectors: [{ member: 'OwnerIds', valueOf: (r) => r.OwnerId, selfIsCaller: true }],
  },
};
