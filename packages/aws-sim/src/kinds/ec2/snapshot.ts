import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import { volumeSize } from './compute-layout.js';

export interface SimSnapshot {
  SnapshotId: string;
  VolumeId: string;
  VolumeSize: number;
  State: 'pending' | 'completed' | 'error';
  StartTime: Date;
  Progress: string;
  OwnerId: string;
  Description: string;
  Encrypted: boolean;
  Tags: SimTag[];
}

const SALT_SNAPSHOT = 23;

export const snapshotKind: KindSpec<'snapshot', SimSnapshot> = {
  kind: 'snapshot',
  idField: 'SnapshotId',
  ids: { prefix: 'snap-' },
  counts: { tiny: 2, small: 10, medium: 150, large: 2000 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_SNAPSHOT, index, 1);
    const volumeIndex = ctx.counts.volume > 0 ? index % ctx.counts.volume : undefined;
    return {
      SnapshotId: ctx.id('snapshot', index),
      // AWS shows vol-ffffffff for snapshots whose source volume is unknown (e.g. copies).
      VolumeId: volumeIndex === undefined ? 'vol-ffffffff' : ctx.id('volume', volumeIndex),
      VolumeSize: volumeIndex === undefined ? 8 : volumeSize(ctx, volumeIndex),
      State: 'completed',
      StartTime: ctx.date('2024-06-01T00:00:00Z', 300, hash),
      Progress: '100%',
      OwnerId: ctx.accountId,
      Description: `backup ${index}`,
      Encrypted: hash % 2 === 0,
      Tags: hash % 3 === 0 ? [] : [{ Key: 'Name', Value: `snapshot-${index}` }],
    };
  },
  describe: {
    operation: 'DescribeSnapshots',
    items: 'Snapshots',
    ids: { member: 'SnapshotIds', notFoundCode: 'InvalidSnapshot.NotFound', notFoundNoun: 'snapshot' },
    pageLimits: { min: 5, max: 1000, aboveMax: 'clamp' },
    filters: {
      'snapshot-id': (r) => [r.SnapshotId],
      'volume-id': (r) => [r.VolumeId],
      'owner-id': (r) => [r.OwnerId],
      status: (r) => [r.State],
      encrypted: (r) => [r.Encrypted],
      description: (r) => [r.Description],
      'volume-size': (r) => [r.VolumeSize],
    },
    selectors: [{ member: 'OwnerIds', valueOf: (r) => r.OwnerId, selfIsCaller: true }],
  },
};
