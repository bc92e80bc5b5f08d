import type { SimKind } from '../index.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { OwnedEni } from './eni-sources.js';
import { ADDRESS_ASSOCIATION, publicAddress, publicDnsName } from './compute-layout.js';
import { subnetCidrPrefix } from './network-layout.js';

type Counts = Readonly<Record<SimKind, number>>;

/**
 * NAT gateway i sits in subnet (i mod subnets). The last third of them are gone (deleted, or failed) and AWS still
 * lists them for a while; the others are available, and own one ENI each. Current NAT gateway j is public when
 * address 5j + 4 exists (addresses 5k + 4 are never an instance's), and that address is its elastic IP.
 */
export const SALT_NAT_GATEWAY = 16;

export function currentNatGateways(counts: Counts): number {
  return counts.natGateway - Math.floor(counts.natGateway / 3);
}

export function isCurrentNatGateway(ctx: ScopeContext, index: number): boolean {
  return index < currentNatGateways(ctx.counts);
}

export function natGatewaysWithEnis(counts: Counts): number {
  return counts.subnet > 0 ? currentNatGateways(counts) : 0;
}

export function natGatewaySubnetIndex(ctx: ScopeContext, index: number): number {
  return index % Math.max(1, ctx.counts.subnet);
}

/** The address index of a current NAT gateway's elastic IP; none for a private NAT gateway. */
export function natGatewayAddressIndex(ctx: ScopeContext, index: number): number | undefined {
  const address = 5 * index + 4;
  return isCurrentNatGateway(ctx, index) && address < ctx.counts.address ? address : undefined;
}

/** The NAT gateway whose elastic IP address `addressIndex` is, if any. */
export function natGatewayOfAddress(ctx: ScopeContext, addressIndex: number): number | undefined {
  if (addressIndex % 5 !== 4) return undefined;
  const index = (addressIndex - 4) / 5;
  return natGatewayAddressIndex(ctx, index) === addressIndex ? index : undefined;
}

/** Hosts .247 to .254 of the subnet: above the instances' (.4 to .253 in turn, rarely that high). */
export function natGatewayPrivateIp(ctx: ScopeContext, index: number): string {
  const subnets = Math.max(1, ctx.counts.subnet);
  return `${subnetCidrPrefix(ctx, natGatewaySubnetIndex(ctx, index))}.${254 - (Math.floor(index / subnets) % 8)}`;
}

export function natGatewayCreateTime(ctx: ScopeContext, index: number): Date {
  return ctx.date('2022-06-01T00:00:00Z', 700, ctx.hash(SALT_NAT_GATEWAY, index, 1));
}

/** The ENI AWS creates for a NAT gateway, as DescribeNetworkInterfaces shows it. */
export function natGatewayEni(ctx: ScopeContext, index: number): OwnedEni {
  const address = natGatewayAddressIndex(ctx, index);
  const eni: OwnedEni = {
    SubnetId: ctx.id('subnet', natGatewaySubnetIndex(ctx, index)),
    GroupIds: [],
    Description: `Interface for NAT Gateway ${ctx.id('natGateway', index)}`,
    InterfaceType: 'nat_gateway',
    RequesterManaged: true,
    RequesterId: 'amazon-aws',
    PrivateIpAddress: natGatewayPrivateIp(ctx, index),
    Attachment: {
      AttachTime: natGatewayCreateTime(ctx, index),
      DeleteOnTermination: false,
      DeviceIndex: 1,
      NetworkCardIndex: 0,
      InstanceOwnerId: 'amazon-aws',
      Status: 'attached',
    },
    SourceDestCheck: false,
  };
  if (address !== undefined) {
    const publicIp = publicAddress(ctx, address);
    eni.Association = {
      AllocationId: ctx.id('address', address),
      AssociationId: ctx.id(ADDRESS_ASSOCIATION, address),
      IpOwnerId: ctx.accountId,
      PublicDnsName: publicDnsName(publicIp, ctx.region),
      PublicIp: publicIp,
    };
  }
  return eni;
}
