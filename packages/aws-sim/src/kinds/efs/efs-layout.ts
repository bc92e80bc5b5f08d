import type { ScopeContext } from '../../world/scope-context.js';
import { vpcPlacement } from '../vpc-placement.js';

/** Child i of a file system (mount target, access point) belongs to file system (i mod file systems). */
export function efsParentIndex(ctx: ScopeContext, childIndex: number): number {
  return childIndex % Math.max(1, ctx.counts.efsFileSystem);
}

/** How many of `children` generated children belong to file system `fileSystemIndex`. */
export function efsChildCount(ctx: ScopeContext, fileSystemIndex: number, children: number): number {
  const fileSystems = Math.max(1, ctx.counts.efsFileSystem);
  return fileSystemIndex < children ? Math.floor((children - fileSystemIndex - 1) / fileSystems) + 1 : 0;
}

/**
 * The subnet and security group of mount target i: the mount targets of one file system sit in one VPC (AWS's
 * rule), one a subnet of it in turn, all in the same security group. Undefined when the scope has no subnet.
 */
export function mountTargetPlacement(
  ctx: ScopeContext,
  mountTargetIndex: number,
): { vpc: number; subnet: number; securityGroups: number[] } | undefined {
  const fileSystem = efsParentIndex(ctx, mountTargetIndex);
  const placement = vpcPlacement(ctx, fileSystem, ctx.availabilityZones.length);
  if (!placement) return undefined;
  const nth = Math.floor(mountTargetIndex / Math.max(1, ctx.counts.efsFileSystem));
  const subnet = placement.subnets[nth % placement.subnets.length] as number;
  return { vpc: placement.vpc, subnet, securityGroups: placement.securityGroups };
}
