import type { TargetGroup, TargetHealth, TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { vpcIndexOf } from '../autoscaling/fleet-layout.js';
import { instanceAvailabilityZone, instanceRunning, privateAddress } from '../ec2/compute-layout.js';
import { indexedNames } from '../indexed-names.js';
import {
  loadBalancerType,
  targetGroupInstances,
  targetGroupLoadBalancer,
  targetGroupTargetType,
} from './balancing-layout.js';
import { targetGroupArn, targetGroupName } from './elbv2-arns.js';

type TargetGroupFields =
  | 'TargetGroupArn'
  | 'TargetGroupName'
  | 'Protocol'
  | 'Port'
  | 'VpcId'
  | 'HealthCheckProtocol'
  | 'HealthCheckPort'
  | 'HealthCheckEnabled'
  | 'HealthCheckIntervalSeconds'
  | 'HealthCheckTimeoutSeconds'
  | 'HealthyThresholdCount'
  | 'UnhealthyThresholdCount'
  | 'LoadBalancerArns'
  | 'TargetType'
  | 'IpAddressType';

/** DescribeTargetGroups' TargetGroup, with the tags DescribeTags and the targets DescribeTargetHealth tell. */
export type SimTargetGroup = Tagged<Filled<TargetGroup, TargetGroupFields>> & {
  Targets: TargetHealthDescription[];
};

const SALT_TARGET_GROUP = 61;
const NOT_IN_USE: TargetHealth = Object.freeze({
  State: 'unused',
  Reason: 'Target.NotInUse',
  Description: 'Target group is not configured to receive traffic from the load balancer',
});
const STOPPED: TargetHealth = Object.freeze({
  State: 'unused',
  Reason: 'Target.InvalidState',
  Description: 'Target is in the stopped state',
});
const UNHEALTHY: TargetHealth = Object.freeze({
  State: 'unhealthy',
  Reason: 'Target.FailedHealthChecks',
  Description: 'Health checks failed',
});
const HEALTHY: TargetHealth = Object.freeze({ State: 'healthy' });

function targetsOf(ctx: ScopeContext, index: number, port: number, inUse: boolean): TargetHealthDescription[] {
  const byIp = targetGroupTargetType(index) === 'ip';
  return targetGroupInstances(ctx, index).map((instance) => {
    const health = !inUse
      ? NOT_IN_USE
      : !instanceRunning(ctx, instance)
        ? STOPPED
        : ctx.hash(SALT_TARGET_GROUP, instance, 2) % 10 === 0
          ? UNHEALTHY
          : HEALTHY;
    const Target = byIp
      ? { Id: privateAddress(ctx, instance), Port: port, AvailabilityZone: instanceAvailabilityZone(ctx, instance) }
      : { Id: ctx.id('instance', instance), Port: port };
    return { Target, HealthCheckPort: String(port), TargetHealth: health };
  });
}

/** Target groups of application (HTTP) and network (TCP) load balancers; some are attached to none. */
export const targetGroupKind: KindSpec<'targetGroup', SimTargetGroup> = {
  kind: 'targetGroup',
  idField: 'TargetGroupArn',
  ids: indexedNames(targetGroupArn, /targetgroup\/tg-(\d+)\/[0-9a-f]{16}$/),
  counts: { tiny: 2, small: 4, medium: 14, large: 70 },
  ownFields: ['Tags', 'Targets'],
  generate(ctx, index) {
    const balancer = targetGroupLoadBalancer(ctx, index);
    const tcp = balancer !== undefined && loadBalancerType(balancer) === 'network';
    const port = tcp ? 80 : index % 2 === 0 ? 80 : 8080;
    return {
      TargetGroupArn: ctx.id('targetGroup', index),
      TargetGroupName: targetGroupName(index),
      Protocol: tcp ? 'TCP' : 'HTTP',
      Port: port,
      VpcId: ctx.id('vpc', vpcIndexOf(ctx, index)),
      HealthCheckProtocol: tcp ? 'TCP' : 'HTTP',
      HealthCheckPort: 'traffic-port',
      HealthCheckEnabled: true,
      HealthCheckIntervalSeconds: 30,
      HealthCheckTimeoutSeconds: tcp ? 10 : 5,
      HealthyThresholdCount: 5,
      UnhealthyThresholdCount: 2,
      ...(tcp ? {} : { HealthCheckPath: index % 3 === 0 ? '/' : '/health', Matcher: { HttpCode: '200' } }),
      LoadBalancerArns: balancer === undefined ? [] : [ctx.id('elbv2LoadBalancer', balancer)],
      TargetType: targetGroupTargetType(index),
      ...(tcp ? {} : { ProtocolVersion: 'HTTP1' }),
      IpAddressType: 'ipv4',
      Targets: targetsOf(ctx, index, port, balancer !== undefined),
      Tags: [environmentTag(ctx, SALT_TARGET_GROUP, index)],
    };
  },
};
