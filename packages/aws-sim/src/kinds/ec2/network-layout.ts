import type { ScopeContext } from '../../world/scope-context.js';

/** Subnet i lies in vpc (i mod vpcs), in availability zone (i mod 3). */
export function subnetVpcIndex(ctx: ScopeContext, subnetIndex: number): number {
  return subnetIndex % Math.max(1, ctx.counts.vpc);
}

export function subnetAvailabilityZone(ctx: ScopeContext, subnetIndex: number): string {
  return ctx.availabilityZones[subnetIndex % ctx.availabilityZones.length] as string;
}

/** The third octet block of a subnet inside its vpc's /16. */
function subnetOctet(ctx: ScopeContext, subnetIndex: number): number {
  return Math.floor(subnetIndex / Math.max(1, ctx.counts.vpc)) % 256;
}

export function vpcCidrPrefix(vpcIndex: number): string {
  return vpcIndex === 0 ? '172.31' : `10.${vpcIndex % 256}`;
}

export function subnetCidrPrefix(ctx: ScopeContext, subnetIndex: number): string {
  return `${vpcCidrPrefix(subnetVpcIndex(ctx, subnetIndex))}.${subnetOctet(ctx, subnetIndex)}`;
}

/** Security group g belongs to vpc (g mod vpcs); the first group of each vpc is its "default" group. */
export function securityGroupVpcIndex(ctx: ScopeContext, groupIndex: number): number {
  return groupIndex % Math.max(1, ctx.counts.vpc);
}

export function securityGroupName(ctx: ScopeContext, groupIndex: number): string {
  return groupIndex < Math.max(1, ctx.counts.vpc) ? 'default' : `sg-app-${groupIndex}`;
}

/** The index of a security group in the given vpc for a resource, or undefined when that vpc has none. */
export function securityGroupForVpc(ctx: ScopeContext, vpcIndex: number, choice: number): number | undefined {
  const vpcs = Math.max(1, ctx.counts.vpc);
  const groupsInVpc = Math.ceil((ctx.counts.securityGroup - vpcIndex) / vpcs);
  if (groupsInVpc <= 0) return undefined;
  return vpcIndex + vpcs * (choice % groupsInVpc);
}
