import type { ScopeContext } from '../../world/scope-context.js';
import { instancesOfGroup, vpcIndexOf } from '../autoscaling/fleet-layout.js';

/**
 * How load balancers, target groups, listeners and Auto Scaling groups refer to each other, from indexes alone.
 * Load balancer i, target group i and Auto Scaling group i lie in the same vpc (index mod vpcs). Target group i is
 * load balancer i's primary group; target group i + L (L load balancers) its secondary one when that lies in the
 * same vpc, which an application load balancer weighs against the primary. Target groups beyond are attached to no
 * load balancer. Listener j is listener floor(j / L) of load balancer j mod L.
 */
export type Elbv2Type = 'application' | 'network';

export function loadBalancerType(index: number): Elbv2Type {
  return index % 4 === 3 ? 'network' : 'application';
}

export function targetGroupTargetType(index: number): 'instance' | 'ip' {
  return index % 5 === 3 ? 'ip' : 'instance';
}

/** The load balancer whose listeners forward to target group t, if any. */
export function targetGroupLoadBalancer(ctx: ScopeContext, targetGroup: number): number | undefined {
  const balancers = ctx.counts.elbv2LoadBalancer;
  if (targetGroup < balancers) return targetGroup;
  const primaryOf = targetGroup - balancers;
  const weighs = primaryOf < balancers && loadBalancerType(primaryOf) === 'application';
  return weighs && vpcIndexOf(ctx, targetGroup) === vpcIndexOf(ctx, primaryOf) ? primaryOf : undefined;
}

/** The target groups load balancer i forwards to: its primary, and its secondary when it has one. */
export function loadBalancerTargetGroups(ctx: ScopeContext, balancer: number): number[] {
  const groups: number[] = [];
  const secondary = balancer + ctx.counts.elbv2LoadBalancer;
  if (balancer < ctx.counts.targetGroup) groups.push(balancer);
  if (secondary < ctx.counts.targetGroup && targetGroupLoadBalancer(ctx, secondary) === balancer)
    groups.push(secondary);
  return groups;
}

/** The load balancer listener j belongs to, and its place among that load balancer's listeners. */
export function listenerPlace(ctx: ScopeContext, listener: number): { balancer: number; slot: number } {
  const balancers = Math.max(1, ctx.counts.elbv2LoadBalancer);
  return { balancer: listener % balancers, slot: Math.floor(listener / balancers) };
}

/** What Auto Scaling group g registers its instances with: classic load balancer g or target group g (same vpc). */
export function autoScalingAttachment(
  ctx: ScopeContext,
  group: number,
): { classicLoadBalancer?: number; targetGroup?: number } {
  if (group < ctx.counts.classicLoadBalancer && group % 2 === 1) return { classicLoadBalancer: group };
  if (group < ctx.counts.targetGroup && targetGroupTargetType(group) === 'instance') return { targetGroup: group };
  return {};
}

/** The instances registered with target group t: its own, and those of the Auto Scaling group attached to it. */
export function targetGroupInstances(ctx: ScopeContext, targetGroup: number): number[] {
  const own = instancesOfGroup(ctx, 'targetGroup', targetGroup);
  const scaled =
    autoScalingAttachment(ctx, targetGroup).targetGroup === targetGroup && targetGroup < ctx.counts.autoScalingGroup;
  return scaled ? [...instancesOfGroup(ctx, 'autoScalingGroup', targetGroup), ...own] : own;
}

/** The instances registered with classic load balancer e: its own, and those of the Auto Scaling group attached. */
export function classicLoadBalancerInstances(ctx: ScopeContext, balancer: number): number[] {
  const own = instancesOfGroup(ctx, 'classicLoadBalancer', balancer);
  const attached = autoScalingAttachment(ctx, balancer).classicLoadBalancer === balancer;
  const scaled = attached && balancer < ctx.counts.autoScalingGroup;
  return scaled ? [...instancesOfGroup(ctx, 'autoScalingGroup', balancer), ...own] : own;
}
