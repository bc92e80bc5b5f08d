import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';

export interface SimImage {
  ImageId: string;
  Name: string;
  Description: string;
  OwnerId: string;
  State: 'available' | 'pending' | 'failed';
  CreationDate: string;
  Architecture: 'x86_64' | 'arm64';
  Public: boolean;
  RootDeviceName: string;
  RootSnapshotId?: string;
  Tags: SimTag[];
}

const SALT_IMAGE = 24;

export const imageKind: KindSpec<'image', SimImage> = {
  kind: 'image',
  idField: 'ImageId',
  ids: { prefix: 'ami-' },
  counts: { tiny: 1, small: 3, medium: 10, large: 40 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_IMAGE, index, 1);
    return {
      ImageId: ctx.id('image', index),
      Name: `app-image-${index}-${2023 + (hash % 3)}`,
      Description: `golden image ${index}`,
      OwnerId: ctx.accountId,
      State: 'available',
      CreationDate: ctx.date('2022-06-01T00:00:00Z', 200, hash).toISOString(),
      Architecture: hash % 5 === 0 ? 'arm64' : 'x86_64',
      Public: false,
      RootDeviceName: '/dev/xvda',
      ...(ctx.counts.snapshot > 0 ? { RootSnapshotId: ctx.id('snapshot', index % ctx.counts.snapshot) } : {}),
      Tags: [{ Key: 'Name', Value: `app-image-${index}` }],
    };
  },
  describe: {
    operation: 'DescribeImages',
    items: 'Images',
    ids: { member: 'ImageIds', notFoundCode: 'InvalidAMIID.NotFound', notFoundNoun: 'image id' },
    pageLimits: { min: 5, max: 1000, aboveMax: 'clamp' },
    filters: {
      'image-id': (r) => [r.ImageId],
      name: (r) => [r.Name],
      state: (r) => [r.State],
      'owner-id': (r) => [r.OwnerId],
      architecture: (r) => [r.Architecture],
      'is-public': (r) => [r.Public],
    },
    selectors: [{ member: 'Owners', valueOf: (r) => r.OwnerId, selfIsCaller: true }],
  },
};
