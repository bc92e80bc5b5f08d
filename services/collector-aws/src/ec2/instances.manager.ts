import type { Instance } from '@aws-sdk/client-ec2';
import { ResourceManager, awsTags, optional, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';
import { imageUid, instanceUid, securityGroupUid, subnetUid, vpcUid } from './uids.js';

export class InstancesManager extends ResourceManager<Instance> {
  readonly kind = 'aws_ec2_instance';
  readonly serviceType = { group: 'EC2', type: 'Instance', name: 'EC2 Instance', labels: ['Compute'] };
  readonly uid = instanceUid;
  readonly mapping = {
    id: required('InstanceId'),
    name: tagOr('Name', 'InstanceId'),
    created_at: optional('LaunchTime'),
    tags: awsTags(),
    data: rawExcept<Instance>('Tags'),
  };
  override readonly relationships = [
    { type: 'in_subnet', to: 'aws_subnet', uid: subnetUid, ids: (i: Instance) => i.SubnetId },
    { type: 'in_vpc', to: 'aws_vpc', uid: vpcUid, ids: (i: Instance) => i.VpcId },
    {
      type: 'member_of',
      to: 'aws_ec2_security_group',
      uid: securityGroupUid,
      ids: (i: Instance) => i.SecurityGroups?.map((group) => group.GroupId),
    },
    { type: 'launched_from', to: 'aws_ec2_image', uid: imageUid, ids: (i: Instance) => i.ImageId },
  ];
}
