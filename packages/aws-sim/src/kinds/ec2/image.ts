import type { EbsBlockDevice, Image } from '@aws-sdk/client-ec2';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';

type ImageFields =
  | 'ImageId'
  | 'Name'
  | 'Description'
  | 'OwnerId'
  | 'State'
  | 'CreationDate'
  | 'Architecture'
  | 'Public'
  | 'RootDeviceName'
  | 'ImageLocation';

export type SimImage = Tagged<Omit<Filled<Image, ImageFields>, 'BlockDeviceMappings'>> & {
  /** The root device first; it names the snapshot the image is backed by. */
  BlockDeviceMappings: { DeviceName: string; Ebs: EbsBlockDevice }[];
};

const SALT_IMAGE = 24;

export const imageKind: KindSpec<'image', SimImage> = {
  kind: 'image',
  idField: 'ImageId',
  ids: { prefix: 'ami-' },
  counts: { tiny: 1, small: 3, medium: 10, large: 40 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_IMAGE, index, 1);
    const name = `app-image-${index}-${2023 + (hash % 3)}`;
    const created = ctx.date('2022-06-01T00:00:00Z', 200, hash);
    return {
      ImageId: ctx.id('image', index),
      ImageLocation: `${ctx.accountId}/${name}`,
      ImageType: 'machine',
      Name: name,
      Description: `golden image ${index}`,
      OwnerId: ctx.accountId,
      State: 'available',
      CreationDate: created.toISOString(),
      DeprecationTime: new Date(created.getTime() + 2 * 365 * 86_400_000).toISOString(),
      Architecture: hash % 5 === 0 ? 'arm64' : 'x86_64',
      Public: false,
      RootDeviceName: '/dev/xvda',
      RootDeviceType: 'ebs',
      BlockDeviceMappings:
        ctx.counts.snapshot > 0
          ? [
              {
                DeviceName: '/dev/xvda',
                Ebs: {
                  DeleteOnTermination: true,
                  SnapshotId: ctx.id('snapshot', index % ctx.counts.snapshot),
                  VolumeSize: 8,
                  VolumeType: 'gp3',
                  Encrypted: false,
                },
              },
            ]
          : [],
      VirtualizationType: 'hvm',
      Hypervisor: 'xen',
      EnaSupport: true,
      SriovNetSupport: 'simple',
      BootMode: 'uefi-preferred',
      ImdsSupport: 'v2.0',
      PlatformDetails: 'Linux/UNIX',
      UsageOperation: 'RunInstances',
      Tags: [{ Key: 'Name', Value: `app-image-${index}` }],
    };
  },
  describe: {
    operation: 'DescribeImages',
    items: 'Images',
    ids: { member: 'ImageIds', notFoundCode: 'InvalidAMIID.NotFound', notFoundNoun: 'image id' },
    pageLimits: { min: 5, max: 1000, aboveMax: 'clamp' },
    filters: {
      ...fieldFilters(['ImageId', 'Name', 'State', 'OwnerId', 'Architecture'], { 'is-public': 'Public' }),
      'block-device-mapping.snapshot-id': (r) => r.BlockDeviceMappings.map((m) => m.Ebs.SnapshotId),
    },
    selectors: [{ member: 'Owners', valueOf: (r) => r.OwnerId, selfIsCaller: true }],
  },
};
