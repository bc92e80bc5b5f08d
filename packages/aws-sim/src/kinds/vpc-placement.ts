import type { ScopeContext } from '../world/scope-context.js';
import { securityGroupForVpc, subnetVpcIndex } from './ec2/network-layout.js';

/** Where a resource placed in a VPC sits: the VPC, some of its subnets and one of its security groups (by index). */
export interface VpcPlacement {
  vpc: number;
  subnets: number[];
  securityGroups: number[];
}

/**
 * A placement consistent with the generated network, from a resource's choice: its first subnet is subnet
 * (choice mod subnets), the others are further subnets of the same VPC (subnet i lies in vpc i mod vpcs), the group
 * one of that VPC's. Undefined when the scope has no subnet.
 */
export function vpcPlacement(ctx: ScopeContext, choice: number, subnetCount: number): VpcPlacement | undefined {
  const subnets = ctx.counts.subnet;
  if (subnets === 0) return undefined;
  const vpcs = Math.max(1, ctx.counts.vpc);
  const first = choice % subnets;
  const vpc = subnetVpcIndex(ctx, first);
  const inVpc = Math.ceil((subnets - vpc) / vpcs);
  const position = Math.floor(first / vpcs);
  const picked = Array.from({ length: Math.min(subnetCount, inVpc) }, (_, k) => vpc + vpcs * ((position + k) % inVpc));
  const group = securityGroupForVpc(ctx, vpc, choice >>> 3);
  return { vpc, subnets: picked, securityGroups: group === undefined ? [] : [group] };
}
