import { pick } from '../../world/hash.js';
import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import { environmentTag } from '../tags.js';
import {
  deviceName,
  instanceAvailabilityZone,
  instanceLaunchTime,
  SALT_VOLUME,
  volumeAttachedInstance,
  volumeSize,
} from './compute-layout.js';

export interface SimVolume {
  VolumeId: string;
  Size: number;
  VolumeType: 'gp2' | 'gp3' | 'io1' | 'st1' | 'sc1';
  Iops?: number;
  Encrypted: boolean;
  State: 'creating' | 'available' | 'in-use' | 'deleting' | 'deleted' | 'error';
  AvailabilityZone: string;
  CreateTime: Date;
  SnapshotId?: string;
  Attachments: {
    InstanceId: string;
    Device: string;
    State: 'attached';
    AttachTime: Date;
    DeleteOnTermination: boolean;
  }[];
  Tags: SimTag[];
}

const VOLUME_TYPES = ['gp3', 'gp3', 'gp2', 'io1', 'st1'] as const;

export const volumeKind: KindSpec<'volume', SimVolume> = {
  kind: 'volume',
  idField: 'VolumeId',
  ids: { prefix: 'vol-' },
  counts: { tiny: 4, small: 26, medium: 520, large: 6500 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_VOLUME, index, 2);
    const instanceIndex = volumeAttachedInstance(ctx, index);
    const volumeType = pick(VOLUME_TYPES, hash);
    const createTime =
      instanceIndex === undefined
        ? ctx.date('2023-01-01T00:00:00Z', 600, hash)
        : instanceLaunchTime(ctx, instanceIndex);
    return {
      VolumeId: ctx.id('volume', index),
      Size: volumeSize(ctx, index),
      VolumeType: volumeType,
      ...(volumeType === 'io1' ? { Iops: 1000 + (hash % 9) * 500 } : volumeType === 'gp3' ? { Iops: 3000 } : {}),
      Encrypted: hash % 3 !== 0,
      State: instanceIndex === undefined ? 'available' : 'in-use',
      AvailabilityZone:
        instanceIndex === undefined
          ? (ctx.availabilityZones[index % ctx.availabilityZones.length] as string)
          : instanceAvailabilityZone(ctx, instanceIndex),
      CreateTime: createTime,
      Attachments:
        instanceIndex === undefined
          ? []
          : [
              {
                InstanceId: ctx.id('instance', instanceIndex),
                Device: deviceName(ctx, index),
                State: 'attached',
                AttachTime: createTime,
                DeleteOnTermination: index < ctx.counts.instance,
              },
            ],
      Tags: hash % 4 === 0 ? [] : [{ Key: 'Name', Value: `volume-${index}` }, environmentTag(ctx, SALT_VOLUME, index)],
    };
  },
  describe: {
    operation: 'DescribeVolumes',
    items: 'Volumes',
    ids: { member: 'VolumeIds', notFoundCode: 'InvalidVolume.NotFound', notFoundNoun: 'volume' },
    pageLimits: { min: 5, max: 500, aboveMax: 'clamp' },
    filters: {
      'volume-id': (r) => [r.VolumeId],
      'attachment.instance-id': (r) => r.Attachments.map((a) => a.InstanceId),
      'attachment.device': (r) => r.Attachments.map((a) => a.Device),
      'attachment.status': (r) => r.Attachments.map((a) => a.State),
      'availability-zone': (r) => [r.AvailabilityZone],
      status: (r) => [r.State],
      'volume-type': (r) => [r.VolumeType],
      'snapshot-id': (r) => [r.SnapshotId],
      encrypted: (r) => [r.Encrypted],
      size: (r) => [r.Size],
    },
  },
};
