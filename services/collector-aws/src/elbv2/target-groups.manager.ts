import { ResourceManager, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { InstancesManager } from '../ec2/instances.manager.js';
import { VpcsManager } from '../ec2/vpcs.manager.js';
import { elbv2Uid } from './elbv2-calls.js';
import type { TargetGroupDetails } from './target-groups.connector.js';

/** Instance targets are named by instance id; IP and Lambda targets by address and function ARN (kept in data). */
function instanceTargets(group: TargetGroupDetails): (string | undefined)[] {
  if (group.TargetType !== 'instance') return [];
  return [...new Set(group.Targets.map((description) => description.Target?.Id))];
}

export class TargetGroupsManager extends ResourceManager<TargetGroupDetails> {
  readonly kind = 'aws_elbv2_target_group';
  readonly serviceType = {
    group: 'ELB',
    type: 'TargetGroup',
    name: 'ELBv2 Target Group',
    labels: ['Networking'],
    family: 'target_group',
  };
  readonly uid = elbv2Uid('targetgroup/');
  readonly mapping = awsMapping<TargetGroupDetails>({ id: 'TargetGroupArn', name: 'TargetGroupName' });
  override readonly relationships = [
    edge('in_vpc', VpcsManager, (group: TargetGroupDetails) => group.VpcId),
    edge('routes_to', InstancesManager, instanceTargets),
  ];
}
