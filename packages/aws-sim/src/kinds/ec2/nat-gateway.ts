import type { NatGateway, NatGatewayAddress } from '@aws-sdk/client-ec2';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { ADDRESS_ASSOCIATION, publicAddress } from './compute-layout.js';
import { PAGE_1000 } from './ec2-pages.js';
import { eniIdOf } from './eni-sources.js';
import {
  currentNatGateways,
  isCurrentNatGateway,
  natGatewayAddressIndex,
  natGatewayCreateTime,
  natGatewayPrivateIp,
  natGatewaySubnetIndex,
  SALT_NAT_GATEWAY,
} from './nat-gateway-layout.js';
import { subnetAvailabilityZone, subnetVpcIndex } from './network-layout.js';
import { releaseEnis } from './release-enis.js';

export type SimNatGateway = Tagged<
  Filled<
    NatGateway,
    'CreateTime' | 'NatGatewayAddresses' | 'NatGatewayId' | 'State' | 'SubnetId' | 'VpcId' | 'ConnectivityType'
  >
>;

/** The address of a current NAT gateway: its ENI's primary private IP and, when public, its elastic IP. */
function gatewayAddress(ctx: ScopeContext, index: number): NatGatewayAddress {
  const address: NatGatewayAddress = {
    NetworkInterfaceId: eniIdOf(ctx, 'natGateway', index),
    PrivateIp: natGatewayPrivateIp(ctx, index),
    IsPrimary: true,
    Status: 'succeeded',
  };
  const addressIndex = natGatewayAddressIndex(ctx, index);
  if (addressIndex !== undefined) {
    address.AllocationId = ctx.id('address', addressIndex);
    address.PublicIp = publicAddress(ctx, addressIndex);
    address.AssociationId = ctx.id(ADDRESS_ASSOCIATION, addressIndex);
  }
  return address;
}

function generateNatGateway(ctx: ScopeContext, index: number): SimNatGateway {
  const subnetIndex = natGatewaySubnetIndex(ctx, index);
  const vpcId = ctx.id('vpc', subnetVpcIndex(ctx, subnetIndex));
  const created = natGatewayCreateTime(ctx, index);
  const current = isCurrentNatGateway(ctx, index);
  const gateway: SimNatGateway = {
    CreateTime: created,
    NatGatewayAddresses: current ? [gatewayAddress(ctx, index)] : [],
    NatGatewayId: ctx.id('natGateway', index),
    State: 'available',
    SubnetId: ctx.id('subnet', subnetIndex),
    VpcId: vpcId,
    ConnectivityType: !current || natGatewayAddressIndex(ctx, index) !== undefined ? 'public' : 'private',
    AvailabilityMode: 'zonal',
    Tags: [
      { Key: 'Name', Value: `nat-${subnetAvailabilityZone(ctx, subnetIndex)}-${index}` },
      environmentTag(ctx, SALT_NAT_GATEWAY, index),
    ],
  };
  if (current) return gateway;
  // Gone: AWS lists deleted NAT gateways (and failed ones, which it deletes) for about an hour.
  const failed = (index - currentNatGateways(ctx.counts)) % 2 === 1;
  gateway.State = failed ? 'failed' : 'deleted';
  gateway.DeleteTime = new Date(created.getTime() + 3_600_000 * (1 + (ctx.hash(SALT_NAT_GATEWAY, index, 2) % 5000)));
  if (failed) {
    gateway.FailureCode = 'Gateway.NotAttached';
    gateway.FailureMessage = `Network ${vpcId} has no Internet gateway attached`;
  }
  return gateway;
}

export const natGatewayKind: KindSpec<'natGateway', SimNatGateway> = {
  kind: 'natGateway',
  idField: 'NatGatewayId',
  ids: { prefix: 'nat-' },
  counts: { tiny: 1, small: 3, medium: 6, large: 15 },
  needs: ['subnet'],
  generate: generateNatGateway,
  removed: (gateway, scope, world) =>
    releaseEnis(
      gateway.NatGatewayAddresses.flatMap((address) => address.NetworkInterfaceId ?? []),
      scope,
      world,
    ),
  describe: {
    operation: 'DescribeNatGateways',
    items: 'NatGateways',
    ids: { member: 'NatGatewayIds', notFoundCode: 'NatGatewayNotFound', notFoundNoun: 'NAT gateway' },
    filtersMember: 'Filter',
    pageLimits: PAGE_1000,
    filters: fieldFilters(['NatGatewayId', 'State', 'SubnetId', 'VpcId']),
  },
};
