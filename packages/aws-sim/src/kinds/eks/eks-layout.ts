import type { ScopeContext } from '../../world/scope-context.js';
import { serviceRoleArn, type RoleService } from '../iam/role-summary.js';
import { vpcPlacement, type VpcPlacement } from '../vpc-placement.js';

/** Node group i belongs to cluster (i mod clusters). */
export function nodegroupClusterIndex(ctx: ScopeContext, nodegroupIndex: number): number {
  return nodegroupIndex % Math.max(1, ctx.counts.eksCluster);
}

/** A cluster's VPC, its subnets (up to three, as EKS wants two zones at least) and its security group. */
export function clusterPlacement(ctx: ScopeContext, clusterIndex: number): VpcPlacement | undefined {
  return vpcPlacement(ctx, clusterIndex * 7 + 1, 3);
}

export function clusterArn(ctx: ScopeContext, name: string): string {
  return ctx.arn('eks', `cluster/${name}`);
}

/**
 * The role EKS names for item n: the n-th role of the account that `service` may assume (EKS for a cluster, EC2 for
 * a node group's nodes), or, in an account without one, a role by the name EKS's guide suggests.
 */
export function eksRoleArn(ctx: ScopeContext, service: RoleService, n: number, fallbackName: string): string {
  return serviceRoleArn(ctx, service, n) ?? ctx.arn('iam', `role/${fallbackName}`, { region: '' });
}
