import type { ScopeContext } from '../../world/scope-context.js';
import type { SimKind } from '../index.js';
import { groupsOfVpc } from './connectivity-layout.js';
import type { OwnedEni } from './eni-sources.js';
import { subnetVpcIndex } from './network-layout.js';

export const SALT_ENDPOINT = 41;

/**
 * The first half of a scope's endpoints are interface endpoints, each in one subnet with its ENI (where the scope has
 * subnets); the others are gateway endpoints (S3, DynamoDB), one in three of them gone (deleted, failed...).
 */
export function interfaceEndpoints(counts: Readonly<Record<SimKind, number>>): number {
  return counts.subnet > 0 ? Math.ceil(counts.vpcEndpoint / 2) : 0;
}

export function isInterfaceEndpoint(ctx: ScopeContext, index: number): boolean {
  return index < interfaceEndpoints(ctx.counts);
}

export function isGoneEndpoint(ctx: ScopeContext, index: number): boolean {
  return !isInterfaceEndpoint(ctx, index) && (index - interfaceEndpoints(ctx.counts)) % 3 === 2;
}

/** An interface endpoint's subnet (index mod subnets), whose vpc is the endpoint's. */
export function endpointSubnetIndex(ctx: ScopeContext, index: number): number {
  return index % Math.max(1, ctx.counts.subnet);
}

export function endpointVpcIndex(ctx: ScopeContext, index: number): number {
  return isInterfaceEndpoint(ctx, index)
    ? subnetVpcIndex(ctx, endpointSubnetIndex(ctx, index))
    : index % Math.max(1, ctx.counts.vpc);
}

export function endpointGroups(ctx: ScopeContext, index: number): { GroupId: string; GroupName: string }[] {
  return groupsOfVpc(ctx, endpointVpcIndex(ctx, index), ctx.hash(SALT_ENDPOINT, index, 1) >>> 8);
}

export function endpointCreationTime(ctx: ScopeContext, index: number): Date {
  return ctx.date('2023-03-01T00:00:00Z', 600, ctx.hash(SALT_ENDPOINT, index, 2));
}

/** The ENI AWS creates for an interface endpoint in its subnet, as DescribeNetworkInterfaces shows it. */
export function vpcEndpointEni(ctx: ScopeContext, index: number): OwnedEni {
  return {
    SubnetId: ctx.id('subnet', endpointSubnetIndex(ctx, index)),
    GroupIds: endpointGroups(ctx, index).map((group) => group.GroupId),
    Description: `VPC Endpoint Interface ${ctx.id('vpcEndpoint', index)}`,
    InterfaceType: 'vpc_endpoint',
    RequesterManaged: true,
    RequesterId: 'amazon-aws',
    Attachment: {
      AttachTime: endpointCreationTime(ctx, index),
      DeleteOnTermination: false,
      DeviceIndex: 1,
      NetworkCardIndex: 0,
      InstanceOwnerId: 'amazon-aws',
      Status: 'attached',
    },
    SourceDestCheck: false,
  };
}
