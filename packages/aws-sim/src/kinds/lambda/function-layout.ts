import type { ScopeContext } from '../../world/scope-context.js';
import type { OwnedEni } from '../ec2/eni-sources.js';
import { serviceManagedEni } from '../ec2/service-eni.js';
import type { SimKind } from '../index.js';
import { uuidOf } from '../uuids.js';
import { vpcPlacement, type VpcPlacement } from '../vpc-placement.js';

export const SALT_FUNCTION = 41;

/** The first third of a scope's functions sit in a VPC (none without subnets), each owning one ENI. */
export function lambdaFunctionsInVpc(counts: Readonly<Record<SimKind, number>>): number {
  return counts.subnet > 0 ? Math.ceil(counts.lambdaFunction / 3) : 0;
}

/** The VPC, subnets (up to two) and security group of function i, when it sits in a VPC. */
export function lambdaPlacement(ctx: ScopeContext, index: number): VpcPlacement | undefined {
  if (index >= lambdaFunctionsInVpc(ctx.counts)) return undefined;
  return vpcPlacement(ctx, ctx.hash(SALT_FUNCTION, index, 1) >>> 4, 2);
}

/** The Hyperplane ENI Lambda makes for a function in a VPC, in its first subnet, as DescribeNetworkInterfaces shows it. */
export function lambdaFunctionEni(ctx: ScopeContext, index: number): OwnedEni {
  const placement = lambdaPlacement(ctx, index);
  return serviceManagedEni({
    SubnetId: ctx.id('subnet', placement?.subnets[0] ?? 0),
    GroupIds: (placement?.securityGroups ?? []).map((group) => ctx.id('securityGroup', group)),
    Description: `AWS Lambda VPC ENI-${ctx.id('lambdaFunction', index)}-${uuidOf(ctx, SALT_FUNCTION + 2, index)}`,
    InterfaceType: 'lambda',
    attachTime: ctx.date('2024-01-01T00:00:00Z', 500, ctx.hash(SALT_FUNCTION, index, 2)),
  });
}
