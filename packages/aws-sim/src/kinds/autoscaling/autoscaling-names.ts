import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { scopeToken } from '../indexed-names.js';
import { uuidOf } from '../uuids.js';

const ROLES = ['web', 'api', 'worker', 'batch'];

export const autoScalingGroupName = (ctx: ScopeContext, index: number): string =>
  `${ROLES[index % ROLES.length]}-asg-${scopeToken(ctx)}-${index}`;
export const launchConfigurationName = (ctx: ScopeContext, index: number): string =>
  `${ROLES[index % ROLES.length]}-lc-${scopeToken(ctx)}-${index}`;

/** The tag Auto Scaling puts on the instances it launches. */
export function autoScalingGroupTag(ctx: ScopeContext, group: number): SimTag {
  return { Key: 'aws:autoscaling:groupName', Value: autoScalingGroupName(ctx, group) };
}

/** Auto Scaling ARNs carry a UUID before the name: `autoScalingGroup:<uuid>:autoScalingGroupName/<name>`. */
export function autoScalingArn(ctx: ScopeContext, salt: number, index: number, type: string, name: string): string {
  return ctx.arn('autoscaling', `${type}:${uuidOf(ctx, salt, index)}:${type}Name/${name}`);
}
