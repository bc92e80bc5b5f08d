import type { AutoScalingGroup } from '@aws-sdk/client-auto-scaling';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { InstancesManager } from '../ec2/instances.manager.js';
import { LaunchTemplatesManager } from '../ec2/launch-templates.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { ClassicLoadBalancersManager } from '../elb/classic-load-balancers.manager.js';
import { TargetGroupsManager } from '../elbv2/target-groups.manager.js';
import { LaunchConfigurationsManager } from './launch-configurations.manager.js';

/** The subnets of a group: VPCZoneIdentifier is a comma-separated list of subnet ids. */
function subnetsOf(group: AutoScalingGroup): string[] {
  return (group.VPCZoneIdentifier ?? '').split(',').map((subnet) => subnet.trim());
}

/** The launch templates a group launches from: its own, or its mixed instances policy's and their overrides'. */
function launchTemplatesOf(group: AutoScalingGroup): (string | undefined)[] {
  const mixed = group.MixedInstancesPolicy?.LaunchTemplate;
  const ids = [
    group.LaunchTemplate?.LaunchTemplateId,
    mixed?.LaunchTemplateSpecification?.LaunchTemplateId,
    ...(mixed?.Overrides ?? []).map((override) => override.LaunchTemplateSpecification?.LaunchTemplateId),
  ];
  return [...new Set(ids)];
}

export class AutoScalingGroupsManager extends ResourceManager<AutoScalingGroup> {
  readonly kind = 'aws_autoscaling_group';
  readonly serviceType = {
    group: 'AutoScaling',
    type: 'Group',
    name: 'Auto Scaling Group',
    labels: ['Compute'],
    family: 'auto_scaling_group',
  };
  // The group's ARN holds a UUID its name does not tell (instances and node groups name only the group), so the uid
  // is the ARN pattern IAM uses for it: autoScalingGroup:*:autoScalingGroupName/<name>.
  readonly uid = arnFor('autoscaling', 'autoScalingGroup:*:autoScalingGroupName/');
  readonly mapping = awsMapping<AutoScalingGroup>({
    id: 'AutoScalingGroupName',
    name: 'AutoScalingGroupName',
    createdAt: 'CreatedTime',
  });
  override readonly relationships = [
    edge('uses', LaunchConfigurationsManager, (group: AutoScalingGroup) => group.LaunchConfigurationName),
    edge('uses', LaunchTemplatesManager, launchTemplatesOf),
    edge('in_subnet', SubnetsManager, subnetsOf),
    edge('contains', InstancesManager, (group: AutoScalingGroup) => group.Instances?.map((i) => i.InstanceId)),
    edge('uses', TargetGroupsManager, (group: AutoScalingGroup) => group.TargetGroupARNs),
    edge('uses', ClassicLoadBalancersManager, (group: AutoScalingGroup) => group.LoadBalancerNames),
  ];
}
