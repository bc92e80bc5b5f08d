import type { ScopeContext } from '../../world/scope-context.js';
import type { SimKind } from '../index.js';
import { publicDnsName } from '../ec2/compute-layout.js';
import type { OwnedEni } from '../ec2/eni-sources.js';
import { zonalSubnets } from '../autoscaling/fleet-layout.js';

/** Load balancers span this many zones of their vpc (AWS wants two at least) and own one ENI in each. */
export const LOAD_BALANCER_ZONES = 2;

/** The subnets a load balancer spans: the first zones of its vpc, one subnet each. */
export function loadBalancerSubnets(ctx: ScopeContext, index: number): number[] {
  return zonalSubnets(ctx, index).slice(0, LOAD_BALANCER_ZONES);
}

/** Load balancers own ENIs only in a world with subnets. */
export function balancersWithEnis(kind: 'elbv2LoadBalancer' | 'classicLoadBalancer') {
  return (counts: Readonly<Record<SimKind, number>>): number => (counts.subnet > 0 ? counts[kind] : 0);
}

export interface BalancerEni {
  salt: number;
  description: string;
  interfaceType: string;
  groupIds: readonly string[];
  internetFacing: boolean;
  createdTime: Date;
}

/**
 * ENI `slot` of a load balancer, as Elastic Load Balancing creates it: requester-managed by amazon-elb, attached
 * to no instance, in the slot-th subnet it spans (its vpc's first subnet, where it spans fewer), with a public
 * address when the load balancer is internet-facing.
 */
export function balancerEni(ctx: ScopeContext, index: number, slot: number, eni: BalancerEni): OwnedEni {
  const subnets = loadBalancerSubnets(ctx, index);
  const subnet = subnets[slot % Math.max(1, subnets.length)] ?? index % Math.max(1, ctx.counts.subnet);
  const owned: OwnedEni = {
    SubnetId: ctx.id('subnet', subnet),
    GroupIds: eni.groupIds,
    Description: eni.description,
    InterfaceType: eni.interfaceType,
    RequesterManaged: true,
    RequesterId: 'amazon-elb',
    Attachment: {
      AttachTime: eni.createdTime,
      DeleteOnTermination: false,
      DeviceIndex: 1,
      NetworkCardIndex: 0,
      InstanceOwnerId: 'amazon-elb',
      Status: 'attached',
    },
  };
  if (eni.internetFacing) {
    const hash = ctx.hash(eni.salt, index, 10 + slot);
    const publicIp = `${(hash & 1) === 0 ? 3 : 52}.${(hash >>> 8) & 255}.${(hash >>> 16) & 255}.${((hash >>> 24) % 250) + 4}`;
    owned.Association = { IpOwnerId: 'amazon', PublicDnsName: publicDnsName(publicIp, ctx.region), PublicIp: publicIp };
  }
  return owned;
}
