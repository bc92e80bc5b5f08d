import type { AvailabilityZone, LoadBalancer, LoadBalancerState } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { vpcIndexOf } from '../autoscaling/fleet-layout.js';
import type { OwnedEni } from '../ec2/eni-sources.js';
import { securityGroupForVpc, subnetAvailabilityZone } from '../ec2/network-layout.js';
import { indexedNames } from '../indexed-names.js';
import { loadBalancerType } from './balancing-layout.js';
import { elbv2Scheme, loadBalancerArn, loadBalancerName, loadBalancerPath } from './elbv2-arns.js';
import { balancerEni, loadBalancerSubnets } from './load-balancer-enis.js';
import { elbDomain, hostedZoneOf } from './zones.js';

type LoadBalancerFields =
  | 'LoadBalancerArn'
  | 'DNSName'
  | 'CanonicalHostedZoneId'
  | 'CreatedTime'
  | 'LoadBalancerName'
  | 'Scheme'
  | 'VpcId'
  | 'Type'
  | 'AvailabilityZones'
  | 'SecurityGroups'
  | 'IpAddressType';

/** DescribeLoadBalancers' LoadBalancer, with the tags DescribeTags tells. */
export type SimElbv2LoadBalancer = Tagged<Filled<LoadBalancer, LoadBalancerFields>> & {
  State: Filled<LoadBalancerState, 'Code'>;
};

export const SALT_ELBV2_LOAD_BALANCER = 60;
const ACTIVE = Object.freeze({ Code: 'active' } as const);

export const elbv2LoadBalancerKind: KindSpec<'elbv2LoadBalancer', SimElbv2LoadBalancer> = {
  kind: 'elbv2LoadBalancer',
  idField: 'LoadBalancerArn',
  ids: indexedNames(loadBalancerArn, /\/[a-z]+-[a-z]+-(\d+)\/[0-9a-f]{16}$/),
  counts: { tiny: 1, small: 2, medium: 8, large: 40 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_ELBV2_LOAD_BALANCER, index, 1);
    const type = loadBalancerType(index);
    const scheme = elbv2Scheme(index);
    const name = loadBalancerName(index);
    const vpcIndex = vpcIndexOf(ctx, index);
    const group = securityGroupForVpc(ctx, vpcIndex, index);
    const dnsName =
      type === 'network'
        ? `${name}-${hash.toString(16).padStart(8, '0')}${(hash >>> 3).toString(16).padStart(8, '0')}.elb.${ctx.region}.amazonaws.com`
        : `${scheme === 'internal' ? 'internal-' : ''}${name}-${hash % 2_000_000_000}.${elbDomain(ctx.region)}`;
    return {
      LoadBalancerArn: ctx.id('elbv2LoadBalancer', index),
      DNSName: dnsName,
      CanonicalHostedZoneId: hostedZoneOf(ctx.region, type === 'network'),
      CreatedTime: ctx.date('2022-06-01T00:00:00Z', 900, hash),
      LoadBalancerName: name,
      Scheme: scheme,
      VpcId: ctx.id('vpc', vpcIndex),
      State: ACTIVE,
      Type: type,
      AvailabilityZones: loadBalancerSubnets(ctx, index).map((subnet): AvailabilityZone => ({
        ZoneName: subnetAvailabilityZone(ctx, subnet),
        SubnetId: ctx.id('subnet', subnet),
        LoadBalancerAddresses: [],
      })),
      // network load balancers made before August 2023 have no security groups
      SecurityGroups: type === 'network' || group === undefined ? [] : [ctx.id('securityGroup', group)],
      IpAddressType: 'ipv4',
      Tags: [environmentTag(ctx, SALT_ELBV2_LOAD_BALANCER, index), { Key: 'ManagedBy', Value: 'terraform' }],
    };
  },
};

/** ENI `slot` of load balancer i: `ELB app/<name>/<id>` (network load balancers': interface type network_load_balancer). */
export function elbv2LoadBalancerEni(ctx: ScopeContext, index: number, slot: number): OwnedEni {
  const balancer = elbv2LoadBalancerKind.generate(ctx, index);
  return balancerEni(ctx, index, slot, {
    salt: SALT_ELBV2_LOAD_BALANCER,
    description: `ELB ${loadBalancerPath(ctx, index)}`,
    interfaceType: balancer.Type === 'network' ? 'network_load_balancer' : 'interface',
    groupIds: balancer.SecurityGroups,
    internetFacing: balancer.Scheme === 'internet-facing',
    createdTime: balancer.CreatedTime,
  });
}
