import type { Address } from '@aws-sdk/client-ec2';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import { eniIdOf } from './eni-sources.js';
import { natGatewayOfAddress, natGatewayPrivateIp } from './nat-gateway-layout.js';
import type { Filled, Tagged } from '../populated.js';
import {
  ADDRESS_ASSOCIATION,
  instanceHasAddress,
  NETWORK_INTERFACE,
  privateAddress,
  publicAddress,
} from './compute-layout.js';

export type SimAddress = Tagged<
  Filled<Address, 'AllocationId' | 'PublicIp' | 'Domain' | 'PublicIpv4Pool' | 'NetworkBorderGroup'>
>;

export const addressKind: KindSpec<'address', SimAddress> = {
  kind: 'address',
  idField: 'AllocationId',
  ids: { prefix: 'eipalloc-' },
  counts: { tiny: 1, small: 4, medium: 40, large: 300 },
  generate(ctx, index) {
    const associated = index < ctx.counts.instance && instanceHasAddress(ctx, index);
    const natGateway = natGatewayOfAddress(ctx, index);
    return {
      AllocationId: ctx.id('address', index),
      PublicIp: publicAddress(ctx, index),
      Domain: 'vpc',
      PublicIpv4Pool: 'amazon',
      NetworkBorderGroup: ctx.region,
      ...(associated
        ? {
            InstanceId: ctx.id('instance', index),
            AssociationId: ctx.id(ADDRESS_ASSOCIATION, index),
            NetworkInterfaceId: ctx.id(NETWORK_INTERFACE, index),
            NetworkInterfaceOwnerId: ctx.accountId,
            PrivateIpAddress: privateAddress(ctx, index),
          }
        : {}),
      ...(natGateway !== undefined
        ? {
            AssociationId: ctx.id(ADDRESS_ASSOCIATION, index),
            NetworkInterfaceId: eniIdOf(ctx, 'natGateway', natGateway),
            NetworkInterfaceOwnerId: ctx.accountId,
            PrivateIpAddress: natGatewayPrivateIp(ctx, natGateway),
          }
        : {}),
      Tags: [{ Key: 'Name', Value: `eip-${index}` }],
    };
  },
  describe: {
    operation: 'DescribeAddresses',
    items: 'Addresses',
    ids: { member: 'AllocationIds', notFoundCode: 'InvalidAllocationID.NotFound', notFoundNoun: 'allocation ID' },
    filters: fieldFilters([
      'AllocationId',
      'AssociationId',
      'InstanceId',
      'PublicIp',
      'PrivateIpAddress',
      'NetworkInterfaceId',
      'NetworkInterfaceOwnerId',
      'NetworkBorderGroup',
      'Domain',
    ]),
    selectors: [{ member: 'PublicIps', valueOf: (r) => r.PublicIp }],
  },
};
