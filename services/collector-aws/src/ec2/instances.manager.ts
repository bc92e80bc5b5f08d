import type { Instance } from '@aws-sdk/client-ec2';
import { ResourceManager, awsMapping, edge, type Relationship } from '@cloud-inventory/collector-kit';
import { InstanceProfilesManager } from '../iam/instance-profiles.manager.js';
import { ImagesManager } from './images.manager.js';
import { INSTANCE } from './kind-identities.js';
import { LaunchTemplatesManager } from './launch-templates.manager.js';
import { SecurityGroupsManager } from './security-groups.manager.js';
import { SubnetsManager } from './subnets.manager.js';
import { VpcsManager } from './vpcs.manager.js';

/** EC2 tags an instance launched from a template with the template's id (the Instance shape has no field for it). */
const launchTemplateOf = (i: Instance) => i.Tags?.find((tag) => tag.Key === 'aws:ec2launchtemplate:id')?.Value;

export class InstancesManager extends ResourceManager<Instance> {
  readonly kind = INSTANCE.kind;
  readonly serviceType = {
    group: 'EC2',
    type: 'Instance',
    name: 'EC2 Instance',
    labels: ['Compute'],
    family: 'instance',
  };
  readonly uid = INSTANCE.uid;
  readonly mapping = awsMapping<Instance>({ id: 'InstanceId', createdAt: 'LaunchTime' });
  override readonly relationships: readonly Relationship<Instance>[] = [
    edge('in_subnet', SubnetsManager, (i: Instance) => i.SubnetId),
    edge('in_vpc', VpcsManager, (i: Instance) => i.VpcId),
    edge('member_of', SecurityGroupsManager, (i: Instance) => i.SecurityGroups?.map((group) => group.GroupId)),
    edge('launched_from', ImagesManager, (i: Instance) => i.ImageId),
    edge('launched_from', LaunchTemplatesManager, launchTemplateOf),
    edge('uses', InstanceProfilesManager, (i: Instance) => i.IamInstanceProfile?.Arn),
  ];
}
