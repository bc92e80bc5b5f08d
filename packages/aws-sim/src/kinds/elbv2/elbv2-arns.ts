import type { ScopeContext } from '../../world/scope-context.js';
import type { IdPart } from '../kind-spec.js';
import { uuidOf } from '../uuids.js';
import { listenerPlace, loadBalancerType } from './balancing-layout.js';

/** The 16 hex digits ending an Elastic Load Balancing ARN, from the scope's id codec (decodable). */
const LOAD_BALANCER_HEX: IdPart = { name: 'elbv2LoadBalancerHex', prefix: '' };
const TARGET_GROUP_HEX: IdPart = { name: 'targetGroupHex', prefix: '' };
export const LISTENER_HEX: IdPart = { name: 'listenerHex', prefix: '' };

export function hex16(ctx: ScopeContext, part: IdPart, index: number): string {
  return ctx.id(part, index).slice(1);
}

export function elbv2Scheme(index: number): 'internet-facing' | 'internal' {
  return index % 3 === 2 ? 'internal' : 'internet-facing';
}

export function loadBalancerName(index: number): string {
  const scheme = elbv2Scheme(index) === 'internal' ? 'int' : 'ext';
  return `${scheme}-${loadBalancerType(index) === 'network' ? 'nlb' : 'alb'}-${index}`;
}

/** `app/ext-alb-3/50dc6c495c0c9188`: the load balancer's part of its ARN and of its listeners' ARNs. */
export function loadBalancerPath(ctx: ScopeContext, index: number): string {
  const typeCode = loadBalancerType(index) === 'network' ? 'net' : 'app';
  return `${typeCode}/${loadBalancerName(index)}/${hex16(ctx, LOAD_BALANCER_HEX, index)}`;
}

export function loadBalancerArn(ctx: ScopeContext, index: number): string {
  return ctx.arn('elasticloadbalancing', `loadbalancer/${loadBalancerPath(ctx, index)}`);
}

export const targetGroupName = (index: number): string => `tg-${index}`;

export function targetGroupArn(ctx: ScopeContext, index: number): string {
  return ctx.arn(
    'elasticloadbalancing',
    `targetgroup/${targetGroupName(index)}/${hex16(ctx, TARGET_GROUP_HEX, index)}`,
  );
}

export function listenerArn(ctx: ScopeContext, index: number): string {
  const { balancer } = listenerPlace(ctx, index);
  return ctx.arn(
    'elasticloadbalancing',
    `listener/${loadBalancerPath(ctx, balancer)}/${hex16(ctx, LISTENER_HEX, index)}`,
  );
}

/** The ACM certificate a TLS listener presents. */
export function certificateArn(ctx: ScopeContext, salt: number, index: number): string {
  return ctx.arn('acm', `certificate/${uuidOf(ctx, salt, index)}`);
}
