import type { Subnet } from '@aws-sdk/client-ec2';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { PAGE_1000 } from './ec2-pages.js';
import {
  availabilityZoneId,
  NO_BLOCK_PUBLIC_ACCESS,
  subnetAvailabilityZone,
  subnetCidrPrefix,
  subnetVpcIndex,
} from './network-layout.js';

type SubnetFields =
  | 'SubnetId'
  | 'SubnetArn'
  | 'VpcId'
  | 'CidrBlock'
  | 'AvailabilityZone'
  | 'AvailabilityZoneId'
  | 'AvailableIpAddressCount'
  | 'State'
  | 'MapPublicIpOnLaunch'
  | 'DefaultForAz'
  | 'OwnerId';

export type SimSubnet = Tagged<Filled<Subnet, SubnetFields>>;

const SALT_SUBNET = 12;
const DNS_NAME_OPTIONS = Object.freeze({
  HostnameType: 'ip-name',
  EnableResourceNameDnsARecord: false,
  EnableResourceNameDnsAAAARecord: false,
} as const);

export const subnetKind: KindSpec<'subnet', SimSubnet> = {
  kind: 'subnet',
  idField: 'SubnetId',
  ids: { prefix: 'subnet-' },
  counts: { tiny: 2, small: 4, medium: 12, large: 40 },
  needs: ['vpc'],
  generate(ctx, index) {
    const vpcIndex = subnetVpcIndex(ctx, index);
    const subnetId = ctx.id('subnet', index);
    return {
      SubnetId: subnetId,
      SubnetArn: ctx.arn('ec2', `subnet/${subnetId}`),
      VpcId: ctx.id('vpc', vpcIndex),
      CidrBlock: `${subnetCidrPrefix(ctx, index)}.0/24`,
      AvailabilityZone: subnetAvailabilityZone(ctx, index),
      AvailabilityZoneId: availabilityZoneId(ctx.region, index % ctx.availabilityZones.length),
      AvailableIpAddressCount: 251 - (ctx.hash(SALT_SUBNET, index, 1) % 200),
      State: 'available',
      MapPublicIpOnLaunch: vpcIndex === 0,
      MapCustomerOwnedIpOnLaunch: false,
      DefaultForAz: vpcIndex === 0 && index < ctx.availabilityZones.length * Math.max(1, ctx.counts.vpc),
      OwnerId: ctx.accountId,
      AssignIpv6AddressOnCreation: false,
      Ipv6CidrBlockAssociationSet: [],
      EnableDns64: false,
      Ipv6Native: false,
      PrivateDnsNameOptionsOnLaunch: DNS_NAME_OPTIONS,
      BlockPublicAccessStates: NO_BLOCK_PUBLIC_ACCESS,
      Tags: [{ Key: 'Name', Value: `subnet-${index}` }, environmentTag(ctx, SALT_SUBNET, index)],
    };
  },
  describe: {
    operation: 'DescribeSubnets',
    items: 'Subnets',
    ids: { member: 'SubnetIds', notFoundCode: 'InvalidSubnetID.NotFound', notFoundNoun: 'subnet ID' },
    pageLimits: PAGE_1000,
    filters: fieldFilters([
      'SubnetId',
      'SubnetArn',
      'VpcId',
      'CidrBlock',
      'AvailabilityZone',
      'AvailabilityZoneId',
      'State',
      'DefaultForAz',
      'OwnerId',
    ]),
  },
};
