import type { SecurityGroup } from '@aws-sdk/client-ec2';
import { ResourceManager, awsTags, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';
import { securityGroupUid, vpcUid } from './uids.js';

export class SecurityGroupsManager extends ResourceManager<SecurityGroup> {
  readonly kind = 'aws_ec2_security_group';
  readonly serviceType = {
    group: 'EC2',
    type: 'SecurityGroup',
    name: 'Security Group',
    labels: ['Networking', 'Security'],
  };
  readonly uid = securityGroupUid;
  readonly mapping = {
    id: required('GroupId'),
    name: tagOr('Name', 'GroupId'),
    tags: awsTags(),
    data: rawExcept<SecurityGroup>('Tags'),
  };
  override readonly relationships = [
    { type: 'in_vpc', to: 'aws_vpc', uid: vpcUid, ids: (group: SecurityGroup) => group.VpcId },
  ];
}
