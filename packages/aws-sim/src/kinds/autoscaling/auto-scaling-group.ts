import type {
  AutoScalingGroup,
  Instance,
  LaunchTemplateSpecification,
  TagDescription,
} from '@aws-sdk/client-auto-scaling';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { instanceAvailabilityZone, instanceRunning } from '../ec2/compute-layout.js';
import { instanceTypeOf } from '../ec2/instance.js';
import { instanceLaunchTemplate, launchTemplateName } from '../ec2/launch-template-layout.js';
import { availabilityZoneId, subnetAvailabilityZone } from '../ec2/network-layout.js';
import { autoScalingAttachment } from '../elbv2/balancing-layout.js';
import { indexedNames } from '../indexed-names.js';
import { autoScalingArn, autoScalingGroupName, launchConfigurationName } from './autoscaling-names.js';
import { groupSubnets, instancesOfGroup } from './fleet-layout.js';

type GroupFields =
  | 'AutoScalingGroupName'
  | 'AutoScalingGroupARN'
  | 'MinSize'
  | 'MaxSize'
  | 'DesiredCapacity'
  | 'DefaultCooldown'
  | 'AvailabilityZones'
  | 'LoadBalancerNames'
  | 'TargetGroupARNs'
  | 'HealthCheckType'
  | 'HealthCheckGracePeriod'
  | 'Instances'
  | 'CreatedTime'
  | 'SuspendedProcesses'
  | 'VPCZoneIdentifier'
  | 'EnabledMetrics'
  | 'TerminationPolicies'
  | 'NewInstancesProtectedFromScaleIn'
  | 'ServiceLinkedRoleARN'
  | 'CapacityRebalance'
  | 'TrafficSources';

/** DescribeAutoScalingGroups' AutoScalingGroup: tags inline, as TagDescriptions. */
export type SimAutoScalingGroup = Omit<Filled<AutoScalingGroup, GroupFields>, 'Tags'> & {
  Tags: Required<Pick<TagDescription, 'ResourceId' | 'ResourceType' | 'Key' | 'Value' | 'PropagateAtLaunch'>>[];
};

const SALT_AUTO_SCALING_GROUP = 65;
const DEFAULT_TERMINATION = Object.freeze(['Default']);

/** What a group launches from: a launch template (as a spec), else a launch configuration's name, else nothing. */
interface LaunchSource {
  template?: LaunchTemplateSpecification;
  configuration?: string;
}

/**
 * Group g launches from the template its first instance was launched from (EC2 tagged it so), where it was; the
 * other groups from launch configuration g (mod their count).
 */
function launchSourceOf(ctx: ScopeContext, index: number, instances: readonly number[]): LaunchSource {
  const template = instances[0] === undefined ? undefined : instanceLaunchTemplate(ctx, instances[0]);
  if (template !== undefined) {
    const spec = {
      LaunchTemplateId: ctx.id('launchTemplate', template),
      LaunchTemplateName: launchTemplateName(template),
      Version: '$Default',
    };
    return { template: spec };
  }
  const configurations = ctx.counts.launchConfiguration;
  return configurations > 0 ? { configuration: launchConfigurationName(ctx, index % configurations) } : {};
}

function memberOf(ctx: ScopeContext, instance: number, source: LaunchSource): Instance {
  const zone = instanceAvailabilityZone(ctx, instance);
  const member: Instance = {
    InstanceId: ctx.id('instance', instance),
    InstanceType: instanceTypeOf(ctx, instance).type,
    AvailabilityZone: zone,
    AvailabilityZoneId: availabilityZoneId(ctx.region, ctx.availabilityZones.indexOf(zone)),
    LifecycleState: instanceRunning(ctx, instance) ? 'InService' : 'Standby',
    HealthStatus: 'Healthy',
    ProtectedFromScaleIn: false,
  };
  if (source.template !== undefined) member.LaunchTemplate = source.template;
  if (source.configuration !== undefined) member.LaunchConfigurationName = source.configuration;
  return member;
}

/**
 * Auto Scaling group g spans the subnets of its vpc, holds the instances the fleet layout gives it (they carry its
 * `aws:autoscaling:groupName` tag), launches from a launch template or configuration (`launchSourceOf`; one template
 * group in four through a mixed instances policy) and registers its instances with classic load balancer g or target
 * group g when the layout attaches one.
 */
function generateGroup(ctx: ScopeContext, index: number): SimAutoScalingGroup {
  const hash = ctx.hash(SALT_AUTO_SCALING_GROUP, index, 1);
  const name = autoScalingGroupName(ctx, index);
  const subnets = groupSubnets(ctx, index);
  const zones = [...new Set(subnets.map((subnet) => subnetAvailabilityZone(ctx, subnet)))];
  const instances = instancesOfGroup(ctx, 'autoScalingGroup', index);
  const source = launchSourceOf(ctx, index, instances);
  const attachment = autoScalingAttachment(ctx, index);
  const targetGroups = attachment.targetGroup === undefined ? [] : [ctx.id('targetGroup', attachment.targetGroup)];
  const classic =
    attachment.classicLoadBalancer === undefined ? [] : [ctx.id('classicLoadBalancer', attachment.classicLoadBalancer)];
  const tag = (Key: string, Value: string) => ({
    ResourceId: name,
    ResourceType: 'auto-scaling-group',
    Key,
    Value,
    PropagateAtLaunch: true,
  });
  const group: SimAutoScalingGroup = {
    AutoScalingGroupName: name,
    AutoScalingGroupARN: autoScalingArn(ctx, SALT_AUTO_SCALING_GROUP, index, 'autoScalingGroup', name),
    MinSize: Math.min(1, instances.length),
    MaxSize: Math.max(2, instances.length * 2),
    DesiredCapacity: instances.length,
    DefaultCooldown: 300,
    AvailabilityZones: zones.length > 0 ? zones : [ctx.availabilityZones[0] as string],
    LoadBalancerNames: classic,
    TargetGroupARNs: targetGroups,
    HealthCheckType: targetGroups.length + classic.length > 0 ? 'ELB' : 'EC2',
    HealthCheckGracePeriod: 300,
    Instances: instances.map((instance) => memberOf(ctx, instance, source)),
    CreatedTime: ctx.date('2022-01-01T00:00:00Z', 700, hash),
    SuspendedProcesses: [],
    VPCZoneIdentifier: subnets.map((subnet) => ctx.id('subnet', subnet)).join(','),
    EnabledMetrics: [],
    Tags: [
      tag('Environment', environmentTag(ctx, SALT_AUTO_SCALING_GROUP, index).Value),
      tag('ManagedBy', 'terraform'),
    ],
    TerminationPolicies: [...DEFAULT_TERMINATION],
    NewInstancesProtectedFromScaleIn: false,
    ServiceLinkedRoleARN: ctx.arn(
      'iam',
      'role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling',
      { region: '' },
    ),
    CapacityRebalance: false,
    TrafficSources: [
      ...targetGroups.map((Identifier) => ({ Identifier, Type: 'elbv2' })),
      ...classic.map((Identifier) => ({ Identifier, Type: 'elb' })),
    ],
  };
  if (source.configuration !== undefined) group.LaunchConfigurationName = source.configuration;
  if (source.template !== undefined && index % 4 === 3) {
    const type = instances[0] === undefined ? 'm5.large' : instanceTypeOf(ctx, instances[0]).type;
    group.MixedInstancesPolicy = {
      LaunchTemplate: { LaunchTemplateSpecification: source.template, Overrides: [{ InstanceType: type }] },
      InstancesDistribution: {
        OnDemandAllocationStrategy: 'prioritized',
        OnDemandBaseCapacity: 0,
        OnDemandPercentageAboveBaseCapacity: 100,
        SpotAllocationStrategy: 'price-capacity-optimized',
      },
    };
  } else if (source.template !== undefined) group.LaunchTemplate = source.template;
  return group;
}

export const autoScalingGroupKind: KindSpec<'autoScalingGroup', SimAutoScalingGroup> = {
  kind: 'autoScalingGroup',
  idField: 'AutoScalingGroupName',
  ids: indexedNames(autoScalingGroupName, /-asg-[0-9a-f]{4}-(\d+)$/),
  counts: { tiny: 1, small: 2, medium: 16, large: 120 },
  generate: generateGroup,
};
