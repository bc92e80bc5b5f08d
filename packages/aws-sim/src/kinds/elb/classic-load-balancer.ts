import type { ListenerDescription, LoadBalancerDescription } from '@aws-sdk/client-elastic-load-balancing';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { vpcIndexOf } from '../autoscaling/fleet-layout.js';
import type { OwnedEni } from '../ec2/eni-sources.js';
import { securityGroupForVpc, securityGroupName, subnetAvailabilityZone } from '../ec2/network-layout.js';
import { classicLoadBalancerInstances } from '../elbv2/balancing-layout.js';
import { certificateArn } from '../elbv2/elbv2-arns.js';
import { balancerEni, loadBalancerSubnets } from '../elbv2/load-balancer-enis.js';
import { elbDomain, hostedZoneOf } from '../elbv2/zones.js';
import { indexedNames, scopeToken } from '../indexed-names.js';

type ClassicFields =
  | 'LoadBalancerName'
  | 'DNSName'
  | 'CanonicalHostedZoneNameID'
  | 'ListenerDescriptions'
  | 'Policies'
  | 'BackendServerDescriptions'
  | 'AvailabilityZones'
  | 'Subnets'
  | 'VPCId'
  | 'Instances'
  | 'HealthCheck'
  | 'SourceSecurityGroup'
  | 'SecurityGroups'
  | 'CreatedTime'
  | 'Scheme';

/** The classic DescribeLoadBalancers' LoadBalancerDescription, with the tags DescribeTags tells. */
export type SimClassicLoadBalancer = Tagged<Filled<LoadBalancerDescription, ClassicFields>>;

const SALT_CLASSIC = 63;
const NO_POLICIES = Object.freeze({
  AppCookieStickinessPolicies: [],
  LBCookieStickinessPolicies: [],
  OtherPolicies: [],
});
const HTTP: ListenerDescription = Object.freeze({
  Listener: { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 },
  PolicyNames: [],
});
const HEALTH_CHECK = Object.freeze({
  Target: 'HTTP:80/',
  Interval: 30,
  Timeout: 5,
  UnhealthyThreshold: 2,
  HealthyThreshold: 10,
});

const classicName = (ctx: ScopeContext, index: number): string => `classic-${scopeToken(ctx)}-${index}`;

function listenersOf(ctx: ScopeContext, index: number): ListenerDescription[] {
  if (index % 2 === 1) return [HTTP];
  const https: ListenerDescription = {
    Listener: {
      Protocol: 'HTTPS',
      LoadBalancerPort: 443,
      InstanceProtocol: 'HTTP',
      InstancePort: 80,
      SSLCertificateId: certificateArn(ctx, SALT_CLASSIC, index),
    },
    PolicyNames: ['ELBSecurityPolicy-2016-08'],
  };
  return [HTTP, https];
}

/** Classic load balancers in a vpc, each in its vpc's subnets of distinct zones, with registered instances. */
export const classicLoadBalancerKind: KindSpec<'classicLoadBalancer', SimClassicLoadBalancer> = {
  kind: 'classicLoadBalancer',
  idField: 'LoadBalancerName',
  ids: indexedNames(classicName, /^classic-[0-9a-f]{4}-(\d+)$/),
  counts: { tiny: 1, small: 1, medium: 4, large: 20 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_CLASSIC, index, 1);
    const internal = index % 3 === 2;
    const name = classicName(ctx, index);
    const vpcIndex = vpcIndexOf(ctx, index);
    const group = securityGroupForVpc(ctx, vpcIndex, index);
    const subnets = loadBalancerSubnets(ctx, index);
    const dnsName = `${internal ? 'internal-' : ''}${name}-${hash % 2_000_000_000}.${elbDomain(ctx.region)}`;
    return {
      LoadBalancerName: name,
      DNSName: dnsName,
      ...(internal ? {} : { CanonicalHostedZoneName: dnsName }),
      CanonicalHostedZoneNameID: hostedZoneOf(ctx.region, false),
      ListenerDescriptions: listenersOf(ctx, index),
      Policies: NO_POLICIES,
      BackendServerDescriptions: [],
      AvailabilityZones: subnets.map((subnet) => subnetAvailabilityZone(ctx, subnet)),
      Subnets: subnets.map((subnet) => ctx.id('subnet', subnet)),
      VPCId: ctx.id('vpc', vpcIndex),
      Instances: classicLoadBalancerInstances(ctx, index).map((instance) => ({
        InstanceId: ctx.id('instance', instance),
      })),
      HealthCheck: HEALTH_CHECK,
      SourceSecurityGroup: {
        OwnerAlias: ctx.accountId,
        GroupName: group === undefined ? 'default' : securityGroupName(ctx, group),
      },
      SecurityGroups: group === undefined ? [] : [ctx.id('securityGroup', group)],
      CreatedTime: ctx.date('2019-01-01T00:00:00Z', 1200, hash),
      Scheme: internal ? 'internal' : 'internet-facing',
      Tags: [environmentTag(ctx, SALT_CLASSIC, index)],
    };
  },
};

/** ENI `slot` of classic load balancer e: `ELB <name>`. */
export function classicLoadBalancerEni(ctx: ScopeContext, index: number, slot: number): OwnedEni {
  const balancer = classicLoadBalancerKind.generate(ctx, index);
  return balancerEni(ctx, index, slot, {
    salt: SALT_CLASSIC,
    description: `ELB ${balancer.LoadBalancerName}`,
    interfaceType: 'interface',
    groupIds: balancer.SecurityGroups,
    internetFacing: balancer.Scheme === 'internet-facing',
    createdTime: balancer.CreatedTime,
  });
}
