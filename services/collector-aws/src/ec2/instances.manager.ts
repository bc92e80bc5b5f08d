import type { Instance } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { InstanceProfilesManager } from '../iam/instance-profiles.manager.js';
import { ImagesManager } from './images.manager.js';
import { SecurityGroupsManager } from './security-groups.manager.js';
import { SubnetsManager } from './subnets.manager.js';
import { VpcsManager } from './vpcs.manager.js';

export class InstancesManager extends ResourceManager<Instance> {
  readonly kind = 'aws_ec2_instance';
  readonly serviceType = { group: 'EC2', type: 'Instance', name: 'EC2 Instance', labels: ['Compute'] };
  readonly uid = arnFor('ec2', 'instance/');
  readonly mapping = awsMapping<Instance>({ id: 'InstanceId', createdAt: 'LaunchTime' });
  override readonly relationships = [
    edge('in_subnet', SubnetsManager, (i: Instance) => i.SubnetId),
    edge('in_vpc', VpcsManager, (i: Instance) => i.VpcId),
    edge('member_of', SecurityGroupsManager, (i: Instance) => i.SecurityGroups?.map((group) => group.GroupId)),
    edge('launched_from', ImagesManager, (i: Instance) => i.ImageId),
    edge('uses', InstanceProfilesManager, (i: Instance) => i.IamInstanceProfile?.Arn),
  ];
}
