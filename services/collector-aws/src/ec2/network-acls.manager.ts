import type { NetworkAcl } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { SubnetsManager } from './subnets.manager.js';
import { VpcsManager } from './vpcs.manager.js';

/** A VPC's default network ACL (`IsDefault`) is a resource too. */
export class NetworkAclsManager extends ResourceManager<NetworkAcl> {
  readonly kind = 'aws_ec2_network_acl';
  readonly serviceType = {
    group: 'VPC',
    type: 'NetworkAcl',
    name: 'Network ACL',
    labels: ['Networking', 'Security'],
    family: 'network_acl',
  };
  readonly uid = arnFor('ec2', 'network-acl/');
  readonly mapping = awsMapping<NetworkAcl>({ id: 'NetworkAclId' });
  override readonly relationships = [
    edge('in_vpc', VpcsManager, (acl: NetworkAcl) => acl.VpcId),
    edge('associated_with', SubnetsManager, (acl: NetworkAcl) => acl.Associations?.map((a) => a.SubnetId)),
  ];
}
