import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import { environmentTag } from '../tags.js';
import { PAGE_1000 } from './ec2-pages.js';
import { subnetAvailabilityZone, subnetCidrPrefix, subnetVpcIndex } from './network-layout.js';

export interface SimSubnet {
  SubnetId: string;
  VpcId: string;
  CidrBlock: string;
  AvailabilityZone: string;
  AvailableIpAddressCount: number;
  State: 'pending' | 'available';
  MapPublicIpOnLaunch: boolean;
  DefaultForAz: boolean;
  OwnerId: string;
  Tags: SimTag[];
}

const SALT_SUBNET = 12;

export const subnetKind: KindSpec<'subnet', SimSubnet> = {
  kind: 'subnet',
  idField: 'SubnetId',
  ids: { prefix: 'subnet-' },
  counts: { tiny: 2, small: 4, medium: 12, large: 40 },
  generate(ctx, index) {
    const vpcIndex = subnetVpcIndex(ctx, index);
    return {
      SubnetId: ctx.id('subnet', index),
      VpcId: ctx.id('vpc', vpcIndex),
      CidrBlock: `${subnetCidrPrefix(ctx, index)}.0/24`,
      AvailabilityZone: subnetAvailabilityZone(ctx, index),
      AvailableIpAddressCount: 251 - (ctx.hash(SALT_SUBNET, index, 1) % 200),
      State: 'available',
      MapPublicIpOnLaunch: vpcIndex === 0,
      DefaultForAz: vpcIndex === 0 && index < ctx.availabilityZones.length * Math.max(1, ctx.counts.vpc),
      OwnerId: ctx.accountId,
      Tags: [{ Key: 'Name', Value: `subnet-${index}` }, environmentTag(ctx, SALT_SUBNET, index)],
    };
  },
  describe: {
    operation: 'DescribeSubnets',
    items: 'Subnets',
    ids: { member: 'SubnetIds', notFoundCode: 'InvalidSubnetID.NotFound', notFoundNoun: 'subnet ID' },
    pageLimits: PAGE_1000,
    filters: {
      'subnet-id': (r) => [r.SubnetId],
      'vpc-id': (r) => [r.VpcId],
      'cidr-block': (r) => [r.CidrBlock],
      'availability-zone': (r) => [r.AvailabilityZone],
      state: (r) => [r.State],
      'default-for-az': (r) => [r.DefaultForAz],
      'owner-id': (r) => [r.OwnerId],
    },
  },
};
