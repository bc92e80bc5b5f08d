import type { Volume, VolumeAttachment } from '@aws-sdk/client-ec2';
import { pick } from '../../world/hash.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import {
  deviceName,
  instanceAvailabilityZone,
  instanceLaunchTime,
  SALT_VOLUME,
  volumeAttachedInstance,
  volumeSize,
} from './compute-layout.js';
import { serviceKeyArn } from '../kms/key-layout.js';

type VolumeFields =
  | 'VolumeId'
  | 'Size'
  | 'VolumeType'
  | 'Encrypted'
  | 'State'
  | 'AvailabilityZone'
  | 'CreateTime'
  | 'SnapshotId'
  | 'MultiAttachEnabled';

export type SimVolume = Tagged<Omit<Filled<Volume, VolumeFields>, 'Attachments'>> & {
  Attachments: Filled<VolumeAttachment, 'InstanceId' | 'Device' | 'State' | 'AttachTime' | 'DeleteOnTermination'>[];
};

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
    const encrypted = hash % 3 !== 0;
    const volumeId = ctx.id('volume', index);
    const createTime =
      instanceIndex === undefined
        ? ctx.date('2023-01-01T00:00:00Z', 600, hash)
        : instanceLaunchTime(ctx, instanceIndex);
    const volume: SimVolume = {
      VolumeId: volumeId,
      Size: volumeSize(ctx, index),
      VolumeType: volumeType,
      Encrypted: encrypted,
      State: instanceIndex === undefined ? 'available' : 'in-use',
      AvailabilityZone:
        instanceIndex === undefined
          ? (ctx.availabilityZones[index % ctx.availabilityZones.length] as string)
          : instanceAvailabilityZone(ctx, instanceIndex),
      CreateTime: createTime,
      SnapshotId: '',
      MultiAttachEnabled: false,
      Attachments:
        instanceIndex === undefined
          ? []
          : [
              {
                AttachTime: createTime,
                Device: deviceName(ctx, index),
                InstanceId: ctx.id('instance', instanceIndex),
                State: 'attached',
                VolumeId: volumeId,
                DeleteOnTermination: index < ctx.counts.instance,
              },
            ],
      Tags: hash % 4 === 0 ? [] : [{ Key: 'Name', Value: `volume-${index}` }, environmentTag(ctx, SALT_VOLUME, index)],
    };
    // assigned rather than spread: generation is the hot path of the benchmarks
    if (volumeType === 'io1') volume.Iops = 1000 + (hash % 9) * 500;
    if (volumeType === 'gp3') {
      volume.Iops = 3000;
      volume.Throughput = 125;
    }
    if (encrypted) volume.KmsKeyId = serviceKeyArn(ctx, 'ebs', hash >>> 3);
    return volume;
  },
  describe: {
    operation: 'DescribeVolumes',
    items: 'Volumes',
    ids: { member: 'VolumeIds', notFoundCode: 'InvalidVolume.NotFound', notFoundNoun: 'volume' },
    pageLimits: { min: 5, max: 500, aboveMax: 'clamp' },
    filters: {
      ...fieldFilters(['VolumeId', 'AvailabilityZone', 'VolumeType', 'SnapshotId', 'Encrypted', 'Size'], {
        status: 'State',
      }),
      'attachment.instance-id': (r) => r.Attachments.map((a) => a.InstanceId),
      'attachment.device': (r) => r.Attachments.map((a) => a.Device),
      'attachment.status': (r) => r.Attachments.map((a) => a.State),
    },
  },
};
