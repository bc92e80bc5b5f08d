import type { Action, Listener } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { listenerPlace, loadBalancerTargetGroups, loadBalancerType } from './balancing-layout.js';
import { certificateArn, LISTENER_HEX, listenerArn } from './elbv2-arns.js';

type ListenerFields = 'ListenerArn' | 'LoadBalancerArn' | 'Port' | 'Protocol' | 'DefaultActions';

/** DescribeListeners' Listener, with the tags DescribeTags tells. */
export type SimListener = Tagged<Filled<Listener, ListenerFields>>;

const SALT_LISTENER = 62;
const TLS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
const NO_STICKINESS = Object.freeze({ Enabled: false });
const TO_HTTPS: Action = Object.freeze({
  Type: 'redirect',
  Order: 1,
  RedirectConfig: {
    Protocol: 'HTTPS',
    Port: '443',
    Host: '#{host}',
    Path: '/#{path}',
    Query: '#{query}',
    StatusCode: 'HTTP_301',
  },
} as const);
const NOT_FOUND: Action = Object.freeze({
  Type: 'fixed-response',
  Order: 1,
  FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not found' },
} as const);

/** Forwards to the load balancer's target groups: one plainly, two weighed 90/10 (a canary). */
function forwardAction(ctx: ScopeContext, balancer: number): Action {
  const groups = loadBalancerTargetGroups(ctx, balancer).map((group) => ctx.id('targetGroup', group));
  const [primary, secondary] = groups;
  if (primary === undefined) return NOT_FOUND;
  if (secondary === undefined) {
    return {
      Type: 'forward',
      Order: 1,
      TargetGroupArn: primary,
      ForwardConfig: {
        TargetGroups: [{ TargetGroupArn: primary, Weight: 1 }],
        TargetGroupStickinessConfig: NO_STICKINESS,
      },
    };
  }
  return {
    Type: 'forward',
    Order: 1,
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: primary, Weight: 90 },
        { TargetGroupArn: secondary, Weight: 10 },
      ],
      TargetGroupStickinessConfig: NO_STICKINESS,
    },
  };
}

/**
 * An application load balancer's first listener is HTTPS:443 forwarding to its target groups, its second HTTP:80
 * redirecting to HTTPS; a network load balancer's are TCP:80 and TLS:443; further ones forward on ports 8002....
 */
function generateListener(ctx: ScopeContext, index: number): SimListener {
  const { balancer, slot } = listenerPlace(ctx, index);
  const network = loadBalancerType(balancer) === 'network';
  const listener: SimListener = {
    ListenerArn: ctx.id('listener', index),
    LoadBalancerArn: ctx.id('elbv2LoadBalancer', balancer),
    Port: slot === 0 ? (network ? 80 : 443) : slot === 1 ? (network ? 443 : 80) : 8000 + slot,
    Protocol: network ? (slot === 1 ? 'TLS' : 'TCP') : slot === 0 ? 'HTTPS' : 'HTTP',
    DefaultActions: [!network && slot === 1 ? TO_HTTPS : forwardAction(ctx, balancer)],
    Tags: [],
  };
  if (listener.Protocol === 'HTTPS' || listener.Protocol === 'TLS') {
    listener.Certificates = [{ CertificateArn: certificateArn(ctx, SALT_LISTENER, index) }];
    listener.SslPolicy = TLS_POLICY;
  }
  if (listener.Protocol === 'TLS') listener.AlpnPolicy = ['None'];
  return listener;
}

export const listenerKind: KindSpec<'listener', SimListener> = {
  kind: 'listener',
  idField: 'ListenerArn',
  ids: {
    nameAt: (ctx, index) => listenerArn(ctx, index),
    indexOf(ctx, arn) {
      const index = ctx.partIndexOf(LISTENER_HEX, `0${arn.slice(-16)}`);
      return index !== undefined && listenerArn(ctx, index) === arn ? index : undefined;
    },
  },
  counts: { tiny: 2, small: 3, medium: 12, large: 60 },
  ownFields: ['Tags'],
  generate: generateListener,
};
