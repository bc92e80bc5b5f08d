import type { ScopeContext } from '../../world/scope-context.js';
import { subnetAvailabilityZone, subnetVpcIndex } from '../ec2/network-layout.js';

/**
 * Which instances belong to which group (an Auto Scaling group, a target group's own targets, a classic load
 * balancer's own instances), from indexes alone and invertible both ways. Instance i sits in subnet s = i mod S at
 * position h = floor(i / S) of it; a grouping kind takes the instances whose position is `residue` mod 4, so the
 * three groupings never share an instance. Group x lies in vpc x mod V (like subnets and security groups) and takes
 * every G-th such instance of its vpc's subnets, G being the groups of its kind in that vpc.
 */
export type InstanceGrouping = 'autoScalingGroup' | 'targetGroup' | 'classicLoadBalancer';

const RESIDUE: Record<InstanceGrouping, number> = { autoScalingGroup: 1, targetGroup: 2, classicLoadBalancer: 3 };
const STRIDE = 4;
/** At most this many subnets of its vpc a group spans (an Auto Scaling group's VPCZoneIdentifier). */
const MAX_GROUP_SUBNETS = 16;

function vpcs(ctx: ScopeContext): number {
  return Math.max(1, ctx.counts.vpc);
}

/** The vpc of item x of a kind laid out per vpc (load balancers, target groups, Auto Scaling groups). */
export function vpcIndexOf(ctx: ScopeContext, index: number): number {
  return index % vpcs(ctx);
}

/** Items of a kind (of `count`) in vpc v. */
function groupsInVpc(ctx: ScopeContext, vpcIndex: number, count: number): number {
  return Math.max(0, Math.ceil((count - vpcIndex) / vpcs(ctx)));
}

/** The subnets of item x's vpc that a group spans, in order. */
export function groupSubnets(ctx: ScopeContext, index: number): number[] {
  const vpcIndex = vpcIndexOf(ctx, index);
  const subnets: number[] = [];
  for (let subnet = vpcIndex; subnet < ctx.counts.subnet && subnets.length < MAX_GROUP_SUBNETS; subnet += vpcs(ctx)) {
    subnets.push(subnet);
  }
  return subnets;
}

/** Subnets of item x's vpc in distinct availability zones, as a load balancer takes them (at most one per zone). */
export function zonalSubnets(ctx: ScopeContext, index: number): number[] {
  const zones = new Set<string>();
  return groupSubnets(ctx, index).filter((subnet) => {
    const zone = subnetAvailabilityZone(ctx, subnet);
    if (zones.has(zone)) return false;
    zones.add(zone);
    return true;
  });
}

/** The instances of group `index` of a grouping kind. */
export function instancesOfGroup(ctx: ScopeContext, grouping: InstanceGrouping, index: number): number[] {
  const { subnet: subnetCount, instance: instanceCount } = ctx.counts;
  const vpcIndex = vpcIndexOf(ctx, index);
  const groups = groupsInVpc(ctx, vpcIndex, ctx.counts[grouping]);
  const ordinal = Math.floor(index / vpcs(ctx));
  const instances: number[] = [];
  if (ordinal >= groups) return instances;
  for (const subnet of groupSubnets(ctx, index)) {
    for (let round = ordinal; ; round += groups) {
      const instance = subnet + subnetCount * (STRIDE * round + RESIDUE[grouping]);
      if (instance >= instanceCount) break;
      instances.push(instance);
    }
  }
  return instances;
}

/** The group of a grouping kind holding instance i, if any. */
export function groupOfInstance(ctx: ScopeContext, grouping: InstanceGrouping, instance: number): number | undefined {
  const subnetCount = ctx.counts.subnet;
  if (subnetCount === 0 || instance >= ctx.counts.instance) return undefined;
  const subnet = instance % subnetCount;
  const position = Math.floor(instance / subnetCount);
  if (position % STRIDE !== RESIDUE[grouping] || Math.floor(subnet / vpcs(ctx)) >= MAX_GROUP_SUBNETS) return undefined;
  const vpcIndex = subnetVpcIndex(ctx, subnet);
  const groups = groupsInVpc(ctx, vpcIndex, ctx.counts[grouping]);
  if (groups === 0) return undefined;
  return vpcIndex + vpcs(ctx) * (Math.floor(position / STRIDE) % groups);
}
