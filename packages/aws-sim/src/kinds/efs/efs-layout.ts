import type { ScopeContext } from '../../world/scope-context.js';
import type { OwnedEni } from '../ec2/eni-sources.js';
import { serviceManagedEni } from '../ec2/service-eni.js';
import { subnetCidrPrefix } from '../ec2/network-layout.js';
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

/** Hosts .160 to .239 of the subnet: apart from NAT gateways' (.247 and above), seldom an instance's. */
export function mountTargetIpAddress(ctx: ScopeContext, index: number, subnet: number): string {
  return `${subnetCidrPrefix(ctx, subnet)}.${160 + (Math.floor(index / Math.max(1, ctx.counts.subnet)) % 80)}`;
}

/** The ENI EFS makes for mount target i, as DescribeNetworkInterfaces shows it. */
export function mountTargetEni(ctx: ScopeContext, index: number): OwnedEni {
  const placement = mountTargetPlacement(ctx, index);
  const subnet = placement?.subnet ?? 0;
  const fileSystemId = ctx.id('efsFileSystem', efsParentIndex(ctx, index));
  return serviceManagedEni({
    SubnetId: ctx.id('subnet', subnet),
    GroupIds: (placement?.securityGroups ?? []).map((group) => ctx.id('securityGroup', group)),
    Description: `EFS mount target for ${fileSystemId} (${ctx.id('efsMountTarget', index)})`,
    InterfaceType: 'efs',
    PrivateIpAddress: mountTargetIpAddress(ctx, index, subnet),
    attachTime: ctx.date('2022-06-01T00:00:00Z', 700, ctx.hash(52, index, 1)),
  });
}
