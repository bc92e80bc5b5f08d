import type { ScopeContext } from '../../world/scope-context.js';
import { isGoneIndex } from './connectivity-layout.js';

/** One transit gateway in `TRANSIT_GATEWAY_GONE_EVERY` is deleted or being deleted; its attachments are gone too. */
export const TRANSIT_GATEWAY_GONE_EVERY = 5;

/** Attachment a belongs to transit gateway (a mod gateways). */
export function attachmentGatewayIndex(ctx: ScopeContext, attachmentIndex: number): number {
  return attachmentIndex % Math.max(1, ctx.counts.transitGateway);
}

export function isGoneTransitGateway(gatewayIndex: number): boolean {
  return isGoneIndex(gatewayIndex, TRANSIT_GATEWAY_GONE_EVERY);
}

/** A transit gateway's default route table, which its attachments associate with. */
export const TRANSIT_GATEWAY_ROUTE_TABLE = { name: 'transitGatewayRouteTable', prefix: 'tgw-rtb-' };
