import type { SecurityGroup } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { VpcsManager } from './vpcs.manager.js';

export class SecurityGroupsManager extends ResourceManager<SecurityGroup> {
  readonly kind = 'aws_ec2_security_group';
  readonly serviceType = {
    group: 'EC2',
    type: 'SecurityGroup',
    name: 'Security Group',
    labels: ['Networking', 'Security'],
    family: 'security_group',
  };
  readonly uid = arnFor('ec2', 'security-group/');
  readonly mapping = awsMapping<SecurityGroup>({ id: 'GroupId' });
  override readonly relationships = [edge('in_vpc', VpcsManager, (group: SecurityGroup) => group.VpcId)];
}
