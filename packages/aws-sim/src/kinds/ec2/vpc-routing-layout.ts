import type { ScopeContext } from '../../world/scope-context.js';
import { isCurrentNatGateway } from './nat-gateway-layout.js';

/**
 * How a VPC's gateways, route tables and network ACLs are laid out, from indexes alone. Internet gateway g is attached
 * to vpc g (the ones beyond the vpcs are detached). Route table and network ACL t belong to vpc (t mod vpcs); the
 * first of each vpc is its main table / default ACL, the others (the vpc's k-th, k >= 1) are custom ones. Subnet j of a
 * vpc is associated with custom table 1 + (j mod customs) unless j mod 4 is 3 (the main table serves it), and with
 * custom ACL 1 + (j mod customs) when j is odd (else the default ACL).
 */
export interface VpcPart {
  vpcIndex: number;
  /** 0 for the main table / default ACL, k >= 1 for the vpc's k-th custom one. */
  ordinal: number;
}

function vpcs(ctx: ScopeContext): number {
  return Math.max(1, ctx.counts.vpc);
}

export function vpcPartOf(ctx: ScopeContext, index: number): VpcPart {
  return { vpcIndex: index % vpcs(ctx), ordinal: Math.floor(index / vpcs(ctx)) };
}

/** The index of the vpc's table or ACL `ordinal`, if it exists. */
function partIndex(ctx: ScopeContext, count: number, vpcIndex: number, ordinal: number): number | undefined {
  const index = vpcIndex + vpcs(ctx) * ordinal;
  return index < count ? index : undefined;
}

function customsOf(count: number, ctx: ScopeContext, vpcIndex: number): number {
  return Math.max(0, Math.ceil((count - vpcIndex) / vpcs(ctx)) - 1);
}

/** Subnets of the vpc with their position j in it: subnet s is in vpc (s mod vpcs), the (s div vpcs)-th. */
function subnetsOfVpc(ctx: ScopeContext, vpcIndex: number): { subnetIndex: number; position: number }[] {
  const subnets: { subnetIndex: number; position: number }[] = [];
  for (
    let subnetIndex = vpcIndex, position = 0;
    subnetIndex < ctx.counts.subnet;
    subnetIndex += vpcs(ctx), position++
  ) {
    subnets.push({ subnetIndex, position });
  }
  return subnets;
}

export function internetGatewayOfVpc(ctx: ScopeContext, vpcIndex: number): number | undefined {
  return vpcIndex < ctx.counts.internetGateway && vpcIndex < ctx.counts.vpc ? vpcIndex : undefined;
}

/** The custom route table ordinal serving subnet position j of a vpc, or 0 for its main table. */
function tableOrdinalOf(customs: number, position: number): number {
  return customs > 0 && position % 4 !== 3 ? 1 + (position % customs) : 0;
}

/** The subnets explicitly associated with a route table (the main one has none). */
export function routeTableSubnets(ctx: ScopeContext, { vpcIndex, ordinal }: VpcPart): number[] {
  if (ordinal === 0) return [];
  const customs = customsOf(ctx.counts.routeTable, ctx, vpcIndex);
  return subnetsOfVpc(ctx, vpcIndex)
    .filter(({ position }) => tableOrdinalOf(customs, position) === ordinal)
    .map(({ subnetIndex }) => subnetIndex);
}

/** The route table routing subnet `subnetIndex`'s traffic: its custom one, else its vpc's main one. */
export function routeTableOfSubnet(ctx: ScopeContext, subnetIndex: number): number | undefined {
  const vpcIndex = subnetIndex % vpcs(ctx);
  const customs = customsOf(ctx.counts.routeTable, ctx, vpcIndex);
  const ordinal = tableOrdinalOf(customs, Math.floor(subnetIndex / vpcs(ctx)));
  return partIndex(ctx, ctx.counts.routeTable, vpcIndex, ordinal);
}

/** NAT gateway v sits in subnet v, so in vpc v: the NAT gateway of vpc v's private tables, when it is current. */
export function natGatewayOfVpc(ctx: ScopeContext, vpcIndex: number): number | undefined {
  return vpcIndex < ctx.counts.subnet && vpcIndex < ctx.counts.natGateway && isCurrentNatGateway(ctx, vpcIndex)
    ? vpcIndex
    : undefined;
}

/** Instance v sits in subnet v, so in vpc v: an appliance some of vpc v's tables route a prefix through. */
export function applianceInstanceOfVpc(ctx: ScopeContext, vpcIndex: number): number | undefined {
  return vpcIndex < ctx.counts.subnet && vpcIndex < ctx.counts.instance ? vpcIndex : undefined;
}

/** The network ACL ordinal of subnet position j of a vpc: a custom one for odd positions, else 0 (the default). */
function aclOrdinalOf(customs: number, position: number): number {
  return customs > 0 && position % 2 === 1 ? 1 + (position % customs) : 0;
}

/** The subnets associated with a network ACL: every subnet of its vpc is with exactly one. */
export function networkAclSubnets(ctx: ScopeContext, { vpcIndex, ordinal }: VpcPart): number[] {
  const customs = customsOf(ctx.counts.networkAcl, ctx, vpcIndex);
  return subnetsOfVpc(ctx, vpcIndex)
    .filter(({ position }) => aclOrdinalOf(customs, position) === ordinal)
    .map(({ subnetIndex }) => subnetIndex);
}
