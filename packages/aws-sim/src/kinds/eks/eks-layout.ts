import type { ScopeContext } from '../../world/scope-context.js';
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

/** Roles are global: no region in their ARN. */
export function eksRoleArn(ctx: ScopeContext, roleName: string): string {
  return ctx.arn('iam', `role/${roleName}`, { region: '' });
}
