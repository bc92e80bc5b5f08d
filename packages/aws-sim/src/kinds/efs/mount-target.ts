import type { MountTargetDescription } from '@aws-sdk/client-efs';
import { eniIdOf } from '../ec2/eni-sources.js';
import { availabilityZoneId, subnetAvailabilityZone } from '../ec2/network-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { efsParentIndex, mountTargetIpAddress, mountTargetPlacement } from './efs-layout.js';

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

export const efsMountTargetKind: KindSpec<'efsMountTarget', SimEfsMountTarget> = {
  kind: 'efsMountTarget',
  idField: 'MountTargetId',
  ids: { prefix: 'fsmt-' },
  counts: { tiny: 1, small: 4, medium: 25, large: 100 },
  ownFields: ['SecurityGroups'],
  needs: ['efsFileSystem', 'subnet'],
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
      IpAddress: mountTargetIpAddress(ctx, index, subnet),
      NetworkInterfaceId: eniIdOf(ctx, 'efsMountTarget', index),
      AvailabilityZoneId: availabilityZoneId(ctx.region, zone),
      AvailabilityZoneName: subnetAvailabilityZone(ctx, subnet),
      VpcId: ctx.id('vpc', placement?.vpc ?? 0),
      SecurityGroups: (placement?.securityGroups ?? []).map((group) => ctx.id('securityGroup', group)),
    };
  },
};
