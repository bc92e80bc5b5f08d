import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import { instanceHasAddress, NETWORK_INTERFACE, privateAddress, publicAddress } from './compute-layout.js';

export interface SimAddress {
  AllocationId: string;
  PublicIp: string;
  Domain: 'vpc';
  InstanceId?: string;
  AssociationId?: string;
  NetworkInterfaceId?: string;
  PrivateIpAddress?: string;
  Tags: SimTag[];
}

const ASSOCIATION = { name: 'association', prefix: 'eipassoc-' };

export const addressKind: KindSpec<'address', SimAddress> = {
  kind: 'address',
  idField: 'AllocationId',
  ids: { prefix: 'eipalloc-' },
  counts: { tiny: 1, small: 4, medium: 40, large: 300 },
  generate(ctx, index) {
    const associated = index < ctx.counts.instance && instanceHasAddress(ctx, index);
    return {
      AllocationId: ctx.id('address', index),
      PublicIp: publicAddress(ctx, index),
      Domain: 'vpc',
      ...(associated
        ? {
            InstanceId: ctx.id('instance', index),
            AssociationId: ctx.id(ASSOCIATION, index),
            NetworkInterfaceId: ctx.id(NETWORK_INTERFACE, index),
            PrivateIpAddress: privateAddress(ctx, index),
          }
        : {}),
      Tags: [{ Key: 'Name', Value: `eip-${index}` }],
    };
  },
  describe: {
    operation: 'DescribeAddresses',
    items: 'Addresses',
    ids: { member: 'AllocationIds', notFoundCode: 'InvalidAllocationID.NotFound', notFoundNoun: 'allocation ID' },
    filters: {
      'allocation-id': (r) => [r.AllocationId],
      'association-id': (r) => [r.AssociationId],
      'instance-id': (r) => [r.InstanceId],
      'public-ip': (r) => [r.PublicIp],
      'private-ip-address': (r) => [r.PrivateIpAddress],
      'network-interface-id': (r) => [r.NetworkInterfaceId],
      domain: (r) => [r.Domain],
    },
    selectors: [{ member: 'PublicIps', valueOf: (r) => r.PublicIp }],
  },
};
