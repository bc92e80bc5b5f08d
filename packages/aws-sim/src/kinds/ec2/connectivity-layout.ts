import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { securityGroupForVpc, securityGroupName } from './network-layout.js';

/**
 * How generated endpoints, peerings, transit gateways and their attachments sit in the network: each in vpc
 * (index mod vpcs), with the subnets and a security group of that vpc; one item in `goneEvery` in a state the API
 * still lists though the resource is gone (deleted, rejected, failed), so that collectors have it to leave out.
 */
export function vpcIndexOf(ctx: ScopeContext, index: number): number {
  return index % Math.max(1, ctx.counts.vpc);
}

/** Up to `most` subnets of a vpc (subnet s lies in vpc s mod vpcs). */
export function subnetsOfVpc(ctx: ScopeContext, vpcIndex: number, most: number): string[] {
  const vpcs = Math.max(1, ctx.counts.vpc);
  const subnets: string[] = [];
  for (let subnet = vpcIndex; subnet < ctx.counts.subnet && subnets.length < most; subnet += vpcs)
    subnets.push(ctx.id('subnet', subnet));
  return subnets;
}

/** A security group of the vpc, as `{ GroupId, GroupName }`, or none when the vpc has none. */
export function groupsOfVpc(
  ctx: ScopeContext,
  vpcIndex: number,
  choice: number,
): { GroupId: string; GroupName: string }[] {
  const group = securityGroupForVpc(ctx, vpcIndex, choice);
  return group === undefined
    ? []
    : [{ GroupId: ctx.id('securityGroup', group), GroupName: securityGroupName(ctx, group) }];
}

/** Whether item `index` is one of the gone ones (every `goneEvery`-th, never the first). */
export function isGoneIndex(index: number, goneEvery: number): boolean {
  return index % goneEvery === goneEvery - 1;
}

/** The state of item `index`: one of `goneStates` for a gone item, else `current`. */
export function stateOf<S extends string>(
  ctx: ScopeContext,
  salt: number,
  index: number,
  goneEvery: number,
  current: S,
  goneStates: readonly S[],
): S {
  return isGoneIndex(index, goneEvery) ? pick(goneStates, ctx.hash(salt, index, 7)) : current;
}
