import { hashString, pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { SimKind } from '../index.js';
import { groupsOfVpc } from './connectivity-layout.js';
import type { OwnedEni } from './eni-sources.js';
import { subnetVpcIndex } from './network-layout.js';

export const SALT_ENDPOINT = 41;
export const GATEWAY_SERVICES = ['s3', 'dynamodb'];
export const INTERFACE_SERVICES = ['ssm', 'ec2messages', 'secretsmanager', 'ecr.api', 'ecr.dkr', 'logs', 'sts', 'kms'];

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

/** The service endpoint i connects to (`s3`, `ssm`...). */
export function endpointService(ctx: ScopeContext, index: number): string {
  const services = isInterfaceEndpoint(ctx, index) ? INTERFACE_SERVICES : GATEWAY_SERVICES;
  return pick(services, ctx.hash(SALT_ENDPOINT, index, 1) >>> 4);
}

/** The current gateway endpoints of vpc v (gateway endpoint i sits in vpc i mod vpcs). */
function currentGatewayEndpointsOfVpc(ctx: ScopeContext, vpcIndex: number): number[] {
  const vpcs = Math.max(1, ctx.counts.vpc);
  const first = interfaceEndpoints(ctx.counts);
  const endpoints: number[] = [];
  for (let index = first + ((vpcIndex - (first % vpcs) + vpcs) % vpcs); index < ctx.counts.vpcEndpoint; index += vpcs)
    if (!isGoneEndpoint(ctx, index)) endpoints.push(index);
  return endpoints;
}

/**
 * The route table gateway endpoint i is associated with: its vpc's main table, for the first current endpoint of its
 * service in the vpc (a route table takes one route per prefix list); the others have none.
 */
export function gatewayEndpointRouteTable(ctx: ScopeContext, index: number): number | undefined {
  if (isInterfaceEndpoint(ctx, index) || isGoneEndpoint(ctx, index)) return undefined;
  const vpcIndex = endpointVpcIndex(ctx, index);
  if (vpcIndex >= ctx.counts.routeTable || vpcIndex >= ctx.counts.vpc) return undefined;
  const service = endpointService(ctx, index);
  const first = currentGatewayEndpointsOfVpc(ctx, vpcIndex).find((other) => endpointService(ctx, other) === service);
  return first === index ? vpcIndex : undefined;
}

/** The gateway endpoints route table t is associated with (only main tables, t < vpcs, have any). */
export function gatewayEndpointsOfRouteTable(ctx: ScopeContext, tableIndex: number): number[] {
  if (tableIndex >= Math.max(1, ctx.counts.vpc)) return [];
  return currentGatewayEndpointsOfVpc(ctx, tableIndex).filter(
    (index) => gatewayEndpointRouteTable(ctx, index) === tableIndex,
  );
}

/** The prefix list of a gateway endpoint's service in the region (`pl-63a5400a` for S3 in us-east-1). */
export function servicePrefixList(region: string, service: string): string {
  return `pl-${hashString(`${region}/${service}`).toString(16).padStart(8, '0')}`;
}
