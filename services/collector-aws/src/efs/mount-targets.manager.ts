import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { VpcsManager } from '../ec2/vpcs.manager.js';
import { FileSystemsManager } from './file-systems.manager.js';
import type { MountTargetDetails } from './mount-targets.connector.js';

export class MountTargetsManager extends ResourceManager<MountTargetDetails> {
  readonly kind = 'aws_efs_mount_target';
  readonly serviceType = {
    group: 'EFS',
    type: 'MountTarget',
    name: 'EFS Mount Target',
    labels: ['Storage', 'Networking'],
    family: 'mount_target',
  };
  // AWS gives mount targets no ARN: the uid is one in the file systems' form
  readonly uid = arnFor('elasticfilesystem', 'mount-target/');
  readonly mapping = awsMapping<MountTargetDetails>({ id: 'MountTargetId' });
  override readonly relationships = [
    edge('belongs_to', FileSystemsManager, (target: MountTargetDetails) => target.FileSystemId),
    edge('in_subnet', SubnetsManager, (target: MountTargetDetails) => target.SubnetId),
    edge('in_vpc', VpcsManager, (target: MountTargetDetails) => target.VpcId),
    edge('member_of', SecurityGroupsManager, (target: MountTargetDetails) => target.SecurityGroups),
  ];
}
