import type { MountTargetDescription } from '@aws-sdk/client-efs';
import { availabilityZoneId, subnetAvailabilityZone, subnetCidrPrefix } from '../ec2/network-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { efsParentIndex, mountTargetPlacement } from './efs-layout.js';

type MountTargetFields =
  | 'OwnerId'
  | 'MountTargetId'
  | 'FileSystemId'
  | 'SubnetId'
  | 'LifeCycleState'
  | 'IpAddress'
  | 'NetworkInterfaceId'
  | 'AvailabilityZoneId'
  | 'AvailabilityZoneName'
  | 'VpcId';

/** DescribeMountTargets' MountTargetDescription, with what DescribeMountTargetSecurityGroups tells about it. */
export type SimEfsMountTarget = Filled<MountTargetDescription, MountTargetFields> & { SecurityGroups: string[] };

/** The network interface EFS made for mount target i (until the network interface kind declares it). */
const MOUNT_TARGET_INTERFACE = { name: 'efsMountTargetInterface', prefix: 'eni-' };

export const efsMountTargetKind: KindSpec<'efsMountTarget', SimEfsMountTarget> = {
  kind: 'efsMountTarget',
  idField: 'MountTargetId',
  ids: { prefix: 'fsmt-' },
  counts: { tiny: 1, small: 4, medium: 25, large: 100 },
  ownFields: ['SecurityGroups'],
  generate(ctx, index) {
    const placement = mountTargetPlacement(ctx, index);
    const subnet = placement?.subnet ?? 0;
    const zone = subnet % ctx.availabilityZones.length;
    return {
      OwnerId: ctx.accountId,
      MountTargetId: ctx.id('efsMountTarget', index),
      FileSystemId: ctx.id('efsFileSystem', efsParentIndex(ctx, index)),
      SubnetId: ctx.id('subnet', subnet),
      LifeCycleState: 'available',
      IpAddress: `${subnetCidrPrefix(ctx, subnet)}.${254 - (index % 100)}`,
      NetworkInterfaceId: ctx.id(MOUNT_TARGET_INTERFACE, index),
      AvailabilityZoneId: availabilityZoneId(ctx.region, zone),
      AvailabilityZoneName: subnetAvailabilityZone(ctx, subnet),
      VpcId: ctx.id('vpc', placement?.vpc ?? 0),
      SecurityGroups: (placement?.securityGroups ?? []).map((group) => ctx.id('securityGroup', group)),
    };
  },
};
